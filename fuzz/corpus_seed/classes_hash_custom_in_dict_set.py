# Consistent __eq__ and __hash__ let equal value objects deduplicate in sets and share dict keys.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Coord({self.x}, {self.y})"

pts = [Coord(1, 2), Coord(3, 4), Coord(1, 2), Coord(0, 0), Coord(3, 4)]
unique = set(pts)
print(len(unique), sorted(unique, key=lambda c: (c.x, c.y)))
visits = {}
for p in pts:
    visits[p] = visits.get(p, 0) + 1
print(visits)
print(Coord(0, 0) in unique, Coord(9, 9) in unique)
print(hash(Coord(1, 2)) == hash(Coord(1, 2)))

class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(isinstance(hash(BigHash()), int))
grid = {Coord(x, y): x * y for x in range(3) for y in range(3)}
print(grid[Coord(2, 2)], len(grid))
