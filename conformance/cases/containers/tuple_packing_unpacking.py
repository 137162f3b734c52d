# Tuple packing and unpacking: swaps, starred targets, nested targets and returning multiple values.
point = 3, 4
x, y = point
print(point, x, y)
x, y = y, x
print(x, y)
first, *rest = (1, 2, 3, 4)
*init, last = "hello"
a, *mid, b = [1, 2]
print(first, rest, init, last, a, mid, b)
(p, q), r = (1, 2), 3
print(p, q, r)
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([5, 2, 9])
print(lo, hi, min_max([1]))
for i, (name, score) in enumerate([("ann", 9), ("bo", 7)]):
    print(i, name, score)
head, *_ = "k=v=w".split("=")
print(head, _)
t = 1,
print(t, type(t).__name__, len(t))
key, value = "name:ann".split(":", 1)
print(key, value)
a = b = 0, 1
print(a is b, a)
