# del on list slices with positive and negative steps, and del of single indices with their errors.
xs = list(range(12))
del xs[::3]
print(xs)
del xs[-1::-2]
print(xs)
del xs[1:3]
print(xs)
del xs[10:20]
print(xs)
del xs[0]
print(xs)
ys = list("abcdefgh")
del ys[6:1:-2]
print(ys)
del ys[:]
print(ys, len(ys))
zs = [1, 2, 3]
try:
    del zs[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del zs[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    del zs["x"]
except TypeError as e:
    print(type(e).__name__, e)
ws = [5, 6, 7, 8, 9]
del ws[-2], ws[0]
print(ws)
