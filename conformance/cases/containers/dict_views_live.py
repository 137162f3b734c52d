# keys(), values() and items() are live views that reflect later changes and support len/in/reversed.
d = {"a": 1, "b": 2}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
d["c"] = 3
del d["a"]
print(ks, vs, its)
print(len(ks), "b" in ks, 3 in vs, ("c", 3) in its, ("c", 4) in its)
print(list(reversed(ks)), list(reversed(its)))
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(ks == {"b", "c"}, vs == [2, 3], list(vs) == [2, 3])
print(sorted(d.values(), reverse=True), max(d, key=d.get))
for k, v in d.items():
    print(k, "->", v)
try:
    ks[0]
except TypeError as e:
    print(type(e).__name__, e)
print(("x",) in its, ("b",) in its, "b" in its, ["b", 2] in its)
try:
    ([], 1) in its
except TypeError as e:
    print(type(e).__name__, e)
