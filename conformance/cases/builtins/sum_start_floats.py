# sum() with start values, floats (with compensated summation), lists via start=[], and the str rejection.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(5), start=100), sum([0.1] * 10), sum([0.1, 0.2, 0.3]))
print(sum([1, 2.5]), sum([True, True, False]), sum([1e100, 1.0, -1e100]), sum([0.1] * 3) == 0.3)
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum((x * x for x in range(4))), sum([1j, 2]))
orders = [{"qty": 2, "price": 1.25}, {"qty": 1, "price": 10.0}, {"qty": 3, "price": 0.5}]
print(sum(o["qty"] * o["price"] for o in orders), sum(o["qty"] for o in orders))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        return self if other == 0 else NotImplemented
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
print(sum([Vec(1, 2), Vec(3, 4)]), sum([Vec(1, 1)], Vec(10, 10)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
def total_length(words):
    return sum(words)
def report(words):
    return f"total={total_length(words)}"
print(report([1, 2]))
print(report(["ab", "cd"]))
