# sum() of floats is compensated in 3.12+, unlike a manual += loop.
vals = [0.1] * 10
acc = 0.0
for v in vals:
    acc += v
print(sum(vals), acc, sum(vals) == 1.0, acc == 1.0)
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(sum([1, 2.5, 3]), sum([], 0.0), sum(range(101)), sum([1, 2], 10), sum([0.5, 0.25], start=1))
print(sum([1, 2j, 3.5]), sum([True, True, 0.5]), sum([[1], [2]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "2"])
except TypeError as e:
    print(type(e).__name__, e)
