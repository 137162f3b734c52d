# list.index with start/stop bounds, list.count with equality semantics, and the ValueError message.
letters = ["a", "b", "c", "b", "a", "b"]
print(letters.index("b"))
print(letters.index("b", 2))
print(letters.index("b", -2))
print(letters.index("a", 1, 5))
print(letters.count("b"), letters.count("z"))
try:
    letters.index("a", 1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    letters.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(None)
except ValueError as e:
    print(type(e).__name__, e)
mixed = [1, 1.0, True, "1", [1], (1,)]
print(mixed.count(1), mixed.count([1]), mixed.count((1,)))
print(mixed.index(True), mixed.index("1"))
nan = float("nan")
print([nan].count(nan), [float("nan")].count(float("nan")))
try:
    letters.count()
except TypeError as e:
    print(type(e).__name__, e)
