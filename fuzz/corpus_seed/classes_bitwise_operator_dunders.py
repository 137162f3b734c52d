# &, |, ^, <<, >> and their reflected forms work on a user-defined bit-flag class.
class Perm:
    NAMES = ["r", "w", "x"]
    def __init__(self, bits):
        self.bits = bits
    def _v(self, o):
        return o.bits if isinstance(o, Perm) else o
    def __or__(self, o): return Perm(self.bits | self._v(o))
    def __and__(self, o): return Perm(self.bits & self._v(o))
    def __xor__(self, o): return Perm(self.bits ^ self._v(o))
    def __ror__(self, o): return Perm(o | self.bits)
    def __rand__(self, o): return Perm(o & self.bits)
    def __lshift__(self, n): return Perm((self.bits << n) & 7)
    def __rshift__(self, n): return Perm(self.bits >> n)
    def __invert__(self): return Perm(~self.bits & 7)
    def __repr__(self):
        return "".join(n if self.bits & (1 << i) else "-" for i, n in enumerate(self.NAMES))

R, W, X = Perm(1), Perm(2), Perm(4)
rw = R | W
print(rw, rw & W, rw & X, rw ^ R, ~rw)
print(4 | R, 3 & W, R << 1, X >> 2, R << 3)
p = Perm(0)
for flag in (R, X):
    p |= flag
print(p)
p ^= 4
print(p)
try:
    5 ^ R
except TypeError as e:
    print(type(e).__name__, e)
try:
    R >> "x"
except TypeError as e:
    print(type(e).__name__, e)
