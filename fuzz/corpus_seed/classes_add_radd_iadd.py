# + dispatches to __add__, then the right operand's __radd__; += prefers __iadd__ and falls back to __add__.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        print("__add__")
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.xs])
        return NotImplemented
    def __radd__(self, other):
        print("__radd__")
        return self.__add__(other)
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

class Acc(Vec):
    def __iadd__(self, other):
        print("__iadd__")
        self.xs = [a + other for a in self.xs]
        return self

print(Vec(1, 2) + Vec(10, 20), Vec(1, 2) + 5, 5 + Vec(1, 2))
print(sum([Vec(1, 1), Vec(2, 2), Vec(3, 3)]))
v = original = Vec(1)
v += 1
print(v, v is original)
a = same = Acc(1, 2)
a += 10
print(a, a is same)
try:
    Vec(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Vec(1)
except TypeError as e:
    print(type(e).__name__, e)
