# Leaving two nested loops at once using a flag, for/else propagation, and a function return.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5

found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == target:
            found = (r, c)
            break
    if found:
        break
print("flag:", found, "stopped at row", r)

for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 8:
            break
    else:
        continue
    break
print("for/else trick:", r, c)

def locate(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None

print("return:", locate(grid, 9), locate(grid, 10))
