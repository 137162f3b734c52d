# abs() on ints, floats, bools, complex numbers and objects defining __abs__, plus the TypeError for others.
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False))
print(abs(-10**20), abs(3 - 4j), abs(-1j), type(abs(-3)).__name__, type(abs(3 + 4j)).__name__)
print(abs(float("-inf")), abs(float("nan")))
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(Vector(3, 4)), abs(Vector(-6, 8)))
deltas = [3, -7, 2, -1]
print(max(deltas, key=abs), sorted(deltas, key=abs), sum(map(abs, deltas)))
try:
    abs("-3")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs([-1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
