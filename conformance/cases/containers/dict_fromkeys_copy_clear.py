# dict.fromkeys shares one default value object, copy is shallow, and clear empties every alias.
keys = ["a", "b", "c"]
shared = dict.fromkeys(keys, [])
shared["a"].append(1)
print(shared)
separate = {k: [] for k in keys}
separate["a"].append(1)
print(separate)
print(dict.fromkeys("xyz"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
orig = {"n": 1, "tags": ["x"]}
cp = orig.copy()
cp["n"] = 2
cp["tags"].append("y")
print(orig, cp)
print(dict(orig) == orig, dict(orig) is orig)
alias = orig
orig.clear()
print(orig, alias, cp)
print(orig.clear())
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__, e)
