# Returning NotImplemented makes Python try the reflected method on the other operand (< to >, <= to >=).
class Left:
    v = 1
    def __lt__(self, other):
        print("Left.__lt__")
        return NotImplemented
    def __le__(self, other):
        print("Left.__le__")
        return NotImplemented
class Right:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("Right.__gt__")
        return self.v > getattr(other, "v", other)
    def __ge__(self, other):
        print("Right.__ge__")
        return True
    def __eq__(self, other):
        print("Right.__eq__")
        return self.v == getattr(other, "v", None)

l, r = Left(), Right(2)
print(l < r)
print(l <= r)
print(l == r)
print(l != r)
print(3 < Right(5))

class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("Base.__lt__")
        return self.v < other.v
class Derived(Base):
    def __gt__(self, other):
        print("Derived.__gt__")
        return self.v > other.v
print(Base(1) < Derived(2), Derived(1) < Base(2))
