# add_note appends strings to __notes__, which exists only after the first note is added.
e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("while parsing config.ini")
e.add_note("line 12")
print(e.__notes__, str(e))

def parse_rows(rows):
    out = []
    for i, row in enumerate(rows):
        try:
            out.append(int(row))
        except ValueError as err:
            err.add_note(f"row index {i}")
            raise
    return out

try:
    parse_rows(["1", "2", "three"])
except ValueError as err:
    print(type(err).__name__, err, err.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError", err)
e.__notes__ = ["replaced"]
print(e.__notes__)
print(repr(e))
