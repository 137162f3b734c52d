# dict() accepts keyword args, mappings, pair iterables and zip, and reports bad inputs precisely.
print(dict(), dict(a=1, b=2), dict({"a": 1}, b=2))
print(dict([("a", 1), ("b", 2)]), dict(zip("ab", [1, 2])))
print(dict([("a", 1), ("a", 2)]), dict(["xy", "zw"]))
print(dict({"a": 1}.items()), dict(enumerate("pq")))
pairs = "name=ann;age=31;city=oslo".split(";")
print(dict(p.split("=") for p in pairs))
inverted = dict((v, k) for k, v in {"a": 1, "b": 2}.items())
print(inverted)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["abc"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict({"a": 1}, {"b": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**{1: "x"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([([1], 2)])
except TypeError as e:
    print(type(e).__name__, e)
print(dict(**{"x": 1}, y=2))
