# tuple() converts iterables to immutable sequences, returns the same object for a tuple, and builds hashable keys.
print(tuple(), tuple([1, 2]), tuple("hi"), tuple(range(3)), tuple({"a": 1, "b": 2}), tuple({"a": 1}.items()))
t = (1, 2)
print(tuple(t) is t, tuple(list(t)) == t, tuple(list(t)) is t)
rows = [[1, 2], [1, 2], [3, 4]]
print(len(set(map(tuple, rows))), sorted(set(map(tuple, rows))))
coords = {}
for x, y in [[0, 0], [1, 2], [0, 0]]:
    coords[tuple([x, y])] = coords.get((x, y), 0) + 1
print(coords)
gen = (c.upper() for c in "abc")
print(tuple(gen), tuple(gen))
print(tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))), tuple(zip("ab", (1, 2))))
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(x=[1])
except TypeError as e:
    print(type(e).__name__, e)
