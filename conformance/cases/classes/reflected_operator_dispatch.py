# Reflected dunders run when the left operand can't handle the type, and first when the right is a subclass.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
    def __mul__(self, k):
        print(type(self).__name__, "__mul__")
        if isinstance(k, (int, float)):
            return Meters(self.v * k)
        return NotImplemented
    def __rmul__(self, k):
        print(type(self).__name__, "__rmul__")
        return self.__mul__(k)
    def __rsub__(self, other):
        print("__rsub__")
        return Meters(other - self.v)
    def __rtruediv__(self, other):
        return f"{other} per {self.v}m"
    def __rpow__(self, other):
        return other ** self.v
    def __rmod__(self, other):
        return f"rmod {other!r}"

class Km(Meters):
    def __rmul__(self, other):
        print("Km __rmul__")
        return Km(other.v * self.v)

print(3 * Meters(2), Meters(2) * 3)
print(10 - Meters(4), 100 / Meters(5), 2 ** Meters(10))
print(7 % Meters(1), "%s" % Meters(1))
print(Meters(2) * Km(3))
print(Km(2) * 4)
try:
    Meters(1) * Meters(2)
except TypeError as e:
    print(type(e).__name__, e)
