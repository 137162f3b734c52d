# Classes declaring __slots__ allow the listed attributes and reject others because there is no __dict__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p, p.x + p.y)
p.x = 10
print(p)
print(Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

class Lazy:
    __slots__ = ["value"]

q = Lazy()
try:
    q.value
except AttributeError as e:
    print(type(e).__name__, e)
q.value = "set"
print(q.value)
del q.value
print(hasattr(q, "value"))

class Point3(Point):
    __slots__ = ("z",)

p3 = Point3(1, 2)
p3.z = 3
print(p3, p3.z)
