# Tuples are hashable only if all their elements are; equal numeric tuples hash and key alike.
cache = {}
cache[(1, 2)] = "int pair"
cache[(1.0, 2.0)] = "float pair"
print(cache)
print(hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash((1, (2, 3))) == hash((1, (2, 3))))
print((1, 2) in {(1, 2), (3, 4)}, (2, 1) in {(1, 2)})
grid = {(r, c): r * c for r in range(2) for c in range(2)}
print(grid[(1, 1)], grid.get((5, 5), "missing"))
try:
    hash((1, [2, 3]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {"a": 1}): "x"}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = {(1, (2, {3}))}
except TypeError as e:
    print(type(e).__name__, e)
fs = (1, frozenset({2, 3}))
print(hash(fs) == hash((1, frozenset({3, 2}))))
t = ([],)
t[0].append(1)
print(t)
