# __getitem__, __setitem__ and __delitem__ receive ints, strings, tuples and slice objects as keys.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

g = Grid(3, 2)
g[0, 1] = "#"
g[2, 0] = "@"
print(g[0, 1], g[1, 1], g[(2, 0)])
print("\n".join("".join(g[x, y] for x in range(3)) for y in range(2)))
print(g[1:5], g[::2], g[:])
del g[0, 1]
print(g[0, 1])
g[1, 1] = "x"
g[1, 1] += "y"
print(g[1, 1])
for bad in [(5, 0), (0, -1)]:
    try:
        g[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    del g[2, 1]
except KeyError as e:
    print(type(e).__name__, e)
