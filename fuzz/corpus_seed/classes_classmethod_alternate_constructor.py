# @classmethod alternate constructors build instances from strings and dicts via cls.
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_dict(cls, data):
        return cls(data["year"], data.get("month", 1), data.get("day", 1))

    def __repr__(self):
        return f"Date({self.year}, {self.month:02d}, {self.day:02d})"

print(Date.from_string("2024-03-09"))
print(Date.from_dict({"year": 1999}))
d = Date(2000, 1, 1)
print(d.from_string("2010-12-31"))
dates = [Date.from_string(s) for s in ["2021-05-01", "2020-01-15", "2021-01-02"]]
print(sorted(dates, key=lambda x: (x.year, x.month, x.day)))
for bad in ["2024-03", "2024-xx-01"]:
    try:
        Date.from_string(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    Date.from_dict({"month": 2})
except KeyError as e:
    print(type(e).__name__, e)
print(Date.from_string.__self__ is Date)
