# startswith/endswith with negative positions, empty affixes and start beyond the end.
s = "report_2024.csv"
print(s.startswith("2024", 7), s.startswith("2024", -8), s.endswith("2024", 0, -4), s.endswith(".csv", -4))
print(s.startswith(""), s.startswith("", 15), s.startswith("", 16), s.endswith("", 3, 2), "".endswith(""))
print(s.startswith(("x", "y")), s.startswith(()), s.endswith(("csv", "tsv"), 5), s.startswith("rep", 0, 2))
files = ["a.py", "b.txt", "c.PY", "d.pyc", "test_e.py"]
print([f for f in files if f.lower().endswith(".py")], [f for f in files if f.startswith("test_")])
for call in [lambda: s.endswith(None), lambda: s.startswith(("a", 1)), lambda: s.endswith(".csv", "0")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
