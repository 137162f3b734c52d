# A plain Vector value object combines operators, equality, hashing, abs and iteration for unpacking.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, abs(a))
print(a == Vector(3, 4), a != b, len({a, Vector(3, 4), b}))
x, y = a
print(x, y, list(b), bool(Vector(0, 0)), bool(b))
path = [Vector(0, 1), Vector(2, 0), Vector(-1, -1)]
pos = Vector(0, 0)
for step in path:
    pos += step
print(pos, sum((p for p in path), Vector(0, 0)), max(path, key=abs))
