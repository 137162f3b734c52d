# Dunder methods can be called directly, returning NotImplemented where the operator would fall back.
class Cell:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Cell):
            return Cell(self.v + o.v)
        return NotImplemented
    def __repr__(self):
        return f"Cell({self.v})"

print(Cell(1).__add__(Cell(2)), Cell(1).__add__(5))
print((3).__add__(4), (3).__add__(4.5), int.__add__(2, 2), (2.5).__radd__(1))
print("ab".__mul__(2), [1].__len__(), list.__len__([1, 2]), "x".__eq__(1))
print((5).__lt__(7), (5).__lt__("a"), dict.__contains__({"k": 1}, "k"))
print(Cell(9).__repr__(), Cell.__repr__(Cell(8)), object.__repr__ is Cell.__repr__)
print(type(NotImplemented).__name__, repr(NotImplemented))
print(Cell.__add__(Cell(1), Cell(1)), getattr(Cell(4), "__add__")(Cell(1)))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 1))
try:
    Cell.__add__(5, Cell(1))
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
