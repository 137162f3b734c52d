# Builtin functions are ordinary values: stored in containers, passed as arguments, compared and named.
converters = [int, float, str, bool]
print([c("1") for c in converters], [c.__name__ for c in converters])
reducers = {"total": sum, "biggest": max, "smallest": min, "count": len}
data = [4, 9, 1, 7]
print({name: fn(data) for name, fn in reducers.items()})
def apply_all(fns, value):
    return [fn(value) for fn in fns]
print(apply_all([len, sorted, list, ascii], "cab"))
print(apply_all([abs, str, hex, bin], -10))
pick = max if len(data) > 3 else min
print(pick(data), pick is max, pick == max, max is min)
print(repr(len), repr(print), str(sorted), repr(max) == "<built-in function max>")
print(type(len).__name__, type(list).__name__, type(list.append).__name__, type([].append).__name__)
print(sorted([abs, len, max], key=lambda f: f.__name__)[0].__name__)
table = [["3", "x"], ["10", "y"], ["2", "z"]]
print(sorted(table, key=lambda r: int(r[0])), list(map(list, zip(*table))))
try:
    len < max
except TypeError as e:
    print(type(e).__name__, e)
