# hasattr() returns True/False by calling getattr and catching AttributeError only; other errors propagate.
class Shape:
    sides = 0
    def __init__(self):
        self.name = "shape"
    def area(self):
        return 0
s = Shape()
print(hasattr(s, "name"), hasattr(s, "sides"), hasattr(s, "area"), hasattr(s, "color"), hasattr(Shape, "name"))
print(hasattr([], "append"), hasattr((), "append"), hasattr("s", "__len__"), hasattr(5, "real"), hasattr(None, "x"))
class Probe:
    @property
    def ok(self):
        return 1
    @property
    def missing(self):
        raise AttributeError("computed missing")
    @property
    def broken(self):
        raise ValueError("boom")
p = Probe()
print(hasattr(p, "ok"), hasattr(p, "missing"))
try:
    hasattr(p, "broken")
except ValueError as e:
    print(type(e).__name__, e)
try:
    hasattr(p, None)
except TypeError as e:
    print(type(e).__name__, e)
def duck_len(obj):
    return len(obj) if hasattr(obj, "__len__") else "no len"
print([duck_len(x) for x in ["abc", 42, {1: 2}, range(3), 1.5]])
