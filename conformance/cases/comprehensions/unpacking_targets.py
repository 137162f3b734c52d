# Comprehension for-targets support tuple unpacking, nested unpacking and starred targets like for statements.
points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points], {y: x for x, y in points})
nested = [("a", (1, 2)), ("b", (3, 4))]
print([f"{name}:{lo}-{hi}" for name, (lo, hi) in nested])
rows = [[1, 2, 3, 4], [5], [6, 7]]
print([(first, rest) for first, *rest in rows])
print([last for *_, last in rows], [len(mid) for _, *mid, _ in [[1, 2, 3, 4], [1, 2]]])
print([k + str(v) for (k, v) in {"x": 1, "y": 2}.items()])
print([(i, c) for i, c in enumerate("ab")], [a * b for a, b in zip([1, 2], [3, 4])])
print([n for [n] in [[1], [2], (3,)]])
def decode(records):
    return {key: int(value) for key, value in (r.split(":") for r in records)}
def load(records):
    return decode(records)
print(load(["a:1", "b:2"]))
print(load(["a:1", "b:2:3"]))
