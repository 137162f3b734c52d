# `in` uses __contains__ (result coerced to bool), else falls back to iteration, else raises TypeError.
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("contains", x)
        return self.lo <= x < self.hi

class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        print("iterating")
        return iter(self.items)

class Odd:
    def __contains__(self, x):
        return x  # truthy/falsy value is converted to bool

r = Range(1, 10)
print(5 in r, 10 in r, 0 not in r)
b = Bag("a", "b")
print("b" in b, "z" not in b)
print(1 in Odd(), 0 in Odd(), "" in Odd(), "s" in Odd())
class Nothing:
    pass
try:
    3 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class Blocked:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in Blocked()
except TypeError as e:
    print(type(e).__name__, e)
