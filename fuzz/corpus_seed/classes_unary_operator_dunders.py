# Unary -, +, abs() and ~ call __neg__, __pos__, __abs__ and __invert__; missing ones raise TypeError.
class Signed:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Signed({self.v})"
    def __neg__(self):
        return Signed(-self.v)
    def __pos__(self):
        return Signed(+self.v if self.v >= 0 else 0)
    def __abs__(self):
        return Signed(abs(self.v))
    def __invert__(self):
        return Signed(~self.v)

s = Signed(-5)
print(-s, +s, abs(s), ~s)
print(-(-s), --s, -abs(s), ~~s)
print([abs(Signed(x)).v for x in (-3, 0, 4)])

class Weird:
    def __neg__(self):
        return "negated"
    def __abs__(self):
        return 99
print(-Weird(), abs(Weird()))
for op, fn in [("+", lambda w: +w), ("~", lambda w: ~w)]:
    try:
        fn(Weird())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"text"
except TypeError as e:
    print(type(e).__name__, e)
