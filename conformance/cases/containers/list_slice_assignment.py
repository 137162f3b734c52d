# Slice assignment on lists can grow, shrink, insert and replace contiguous ranges with any iterable.
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c", "d"]
print(xs)
xs[2:5] = []
print(xs)
xs[0:0] = [-2, -1]
print(xs)
xs[len(xs):] = (9, 10)
print(xs)
xs[:] = "xyz"
print(xs)
xs[1:1] = range(3)
print(xs)
xs[-1:] = [None]
print(xs)
xs[4:2] = ["q"]
print(xs)
ys = [1, 2, 3]
ys[1:2] = ys
print(ys)
try:
    ys[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    ys[0] = ys[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ys[100] = 1
except IndexError as e:
    print(type(e).__name__, e)
