# Using lists, dicts or sets as dict keys fails with "unhashable type"; tuples and frozensets work instead.
d = {}
for key in [[1, 2], {"a": 1}, {1, 2}, bytearray(b"x")]:
    try:
        d[key] = 1
    except TypeError as e:
        print(type(e).__name__, e)
d[(1, 2)] = "tuple"
d[frozenset({1, 2})] = "frozenset"
d[b"raw"] = "bytes"
d[None] = "none"
print(d)
print(d[frozenset({2, 1})], d[(1, 2)])
try:
    [1] in d
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop([1], None)
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x
try:
    {Point(1): "p"}
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__hash__)
