# tuple.count and tuple.index (with bounds), len/in, and that tuples have no mutating methods.
t = ("a", "b", "a", "c", "a")
print(t.count("a"), t.count("z"), t.index("c"), t.index("a", 1), t.index("a", -1))
print(len(t), "b" in t, "z" not in t)
try:
    t.index("a", 1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.index("q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.append("d")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.sort()
except AttributeError as e:
    print(type(e).__name__, e)
print((1, 2, 3)[::-1], (1, 2, 3)[1:], t[-1])
print(tuple("xy"), tuple([1, [2]]), tuple(), ())
print(max((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
print((1,) * 3, 2 * (0, 1), (1, 2) + (3,))
