# for-loop targets can unpack tuples, nested structures, and starred parts of each item.
scores = {"ann": 90, "bob": 72, "cy": 85}
for name, score in scores.items():
    print(f"{name:>4}: {score}")
for i, (name, score) in enumerate(sorted(scores.items(), key=lambda kv: -kv[1]), start=1):
    print(i, name, score)
points = [((0, 0), "origin"), ((1, 2), "p"), ((-3, 4), "q")]
for (x, y), label in points:
    print(label, x * x + y * y)
for a, b in zip("abc", [1, 2, 3]):
    print(a * b, end=" ")
print()
matrix = [[1, 2, 3], [4, 5, 6]]
for first, *others in matrix:
    print(first, sum(others))
d = {}
for d["key"] in ["x", "y"]:
    pass
print(d)
class Box:
    pass
box = Box()
for box.value in range(3):
    pass
print(box.value)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
