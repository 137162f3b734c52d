# zip() pairs items from several iterables, stops at the shortest, unzips with zip(*...), and is lazy.
names = ["ann", "bob", "cy"]
ages = [31, 25]
print(list(zip(names, ages)), list(zip()), list(zip("ab")), list(zip(names, ages, "xyz")))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers, dict(zip(letters, numbers)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
vals = [3, 8, 2, 9]
print([b - a for a, b in zip(vals, vals[1:])], list(zip(vals[::2], vals[1::2])))
it = iter(range(7))
print(list(zip(it, it, it)), list(it))
z = zip([1, 2], "ab")
print(type(z).__name__, next(z), list(z), list(z))
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], strict=1, extra=2))
except TypeError as e:
    print(type(e).__name__, e)
