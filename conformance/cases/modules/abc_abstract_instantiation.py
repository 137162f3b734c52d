# Instantiating an ABC with unimplemented abstract methods raises TypeError naming the missing methods.
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area()}, perimeter={self.perimeter()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class HalfDone(Shape):
    def area(self):
        return 0

print(Square(3).describe(), isinstance(Square(1), Shape))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

def build(kind):
    return kind()

def build_all(kinds):
    return [build(k) for k in kinds]

build_all([HalfDone])
