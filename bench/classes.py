# Instances, method calls, attribute access, inheritance and dunder methods.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


acc = Vec(0, 0)
for i in range(400_000):
    acc = acc + Vec(i % 7, i % 11)
print(acc.x, acc.y, acc.dot(Vec(1, 2)))
shapes = [Rect(i % 13, i % 17) if i % 2 else Shape("s") for i in range(250_000)]
print(sum(s.area() for s in shapes))
