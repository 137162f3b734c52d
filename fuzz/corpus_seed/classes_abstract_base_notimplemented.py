# A base class raising NotImplementedError forces subclasses to override; a missing override fails at call time.
class Exporter:
    def export(self, rows):
        header = self.header(rows)
        body = [self.format_row(r) for r in rows]
        return "\n".join([header] + body)
    def header(self, rows):
        return ",".join(rows[0])
    def format_row(self, row):
        raise NotImplementedError(f"{type(self).__name__} must implement format_row")

class CsvExporter(Exporter):
    def format_row(self, row):
        return ",".join(str(row[k]) for k in row)

class TsvExporter(Exporter):
    def header(self, rows):
        return "\t".join(rows[0])

rows = [{"id": 1, "name": "ann"}, {"id": 2, "name": "bo"}]
print(CsvExporter().export(rows))
try:
    Exporter().format_row({})
except NotImplementedError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print(TsvExporter().header(rows))
print(TsvExporter().export(rows))
