# dict.get and dict.setdefault with and without defaults, including grouping via setdefault.
d = {"a": 1, "b": None}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", "default"))
print(d.setdefault("a", 100), d.setdefault("c", []), d.setdefault("n"))
print(d)
d.setdefault("c", []).append(5)
d.setdefault("c", []).append(6)
print(d["c"])
groups = {}
for name in ["ann", "bob", "al", "bea", "cy"]:
    groups.setdefault(name[0], []).append(name)
print(groups)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get("a", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault({}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get("a", default=2)
except TypeError as e:
    print(type(e).__name__, e)
