# NotImplementedError is an exception for unfinished methods; NotImplemented is a return value for operators.
class Base:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area is not implemented")

class Square(Base):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def __eq__(self, other):
        if not isinstance(other, Square):
            return NotImplemented
        return self.s == other.s
    def __lt__(self, other):
        if not isinstance(other, Square):
            return NotImplemented
        return self.s < other.s

class Blob(Base):
    pass

for shape in [Square(3), Blob()]:
    try:
        print(shape.area())
    except NotImplementedError as e:
        print("NotImplementedError", e, isinstance(e, RuntimeError))
print(Square(2) == Square(2), Square(2) == 2, Square(1) < Square(2))
try:
    Square(1) < 5
except TypeError as e:
    print("TypeError", e)
print(type(NotImplemented).__name__, repr(NotImplemented))
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e))
