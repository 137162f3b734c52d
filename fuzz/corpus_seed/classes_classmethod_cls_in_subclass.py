# A classmethod receives the subclass as cls when called on a subclass, so factories and counters follow it.
class Shape:
    count = 0

    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls(*args)

    @classmethod
    def kind(cls):
        return cls.__name__.lower()

class Circle(Shape):
    def __init__(self, r=1):
        self.r = r

class Square(Shape):
    def __init__(self, s=1):
        self.s = s

c = Circle.make(3)
s1 = Square.make()
s2 = Square.make(5)
print(type(c).__name__, c.r, type(s2).__name__, s2.s)
print(Shape.count, Circle.count, Square.count)
print(Circle.kind(), Square().kind(), Shape.kind())
print("count" in Circle.__dict__, "count" in Shape.__dict__)
try:
    Shape.make(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Shape.count)
