# Assigning to an extended (stepped) slice requires an iterable of exactly the same length.
def fill_evens(values, replacement):
    values[::2] = replacement
    return values

def apply(values, replacement):
    return fill_evens(values, replacement)

print(apply([0, 1, 2, 3, 4], "abc"))
print(apply([0, 1, 2, 3], [9, 9]))
xs = list(range(8))
xs[7:0:-3] = [70, 40, 10]
print(xs)
xs[::-1] = xs
print(xs)
xs[1:1:2] = []
print(xs)
try:
    xs[::3] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    xs[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
apply([0, 1, 2, 3, 4, 5], [1, 2])
