# List slicing with omitted bounds, negative indices, out-of-range bounds and steps always returns a new list.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[:])
print(xs[-3:], xs[:-7], xs[-5:-2])
print(xs[::2], xs[1::3], xs[::-1])
print(xs[8:2:-2], xs[-1:-4:-1], xs[2:8:-1])
print(xs[100:], xs[-100:2], xs[5:100:2])
print(xs[5:2], xs[3:3])
copy = xs[:]
print(copy == xs, copy is xs)
print(xs[None:3], xs[None:None:-3])
row = "id,name,age,city".split(",")
head, tail = row[0], row[1:]
print(head, tail)
print(row[-1:], row[:-1])
try:
    print(xs[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(xs["a":])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(xs[1.5])
except TypeError as e:
    print(type(e).__name__, e)
