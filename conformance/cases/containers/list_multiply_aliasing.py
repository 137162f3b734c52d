# list * int repeats references, so nested lists built with * alias the same inner object.
grid = [[0] * 3] * 2
grid[0][1] = 5
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(2)]
good[0][1] = 5
print(good, good[0] is good[1])
print([1, 2] * 3, 2 * ["x"], [1] * 0, [1] * -2)
row = [None] * 4
row[2] = "set"
print(row)
xs = [1, 2]
xs *= 2
print(xs)
xs *= 0
print(xs)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * "3"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
