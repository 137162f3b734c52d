# hash() of equal numbers agrees across int, float, bool and Fraction-like values, so they collide as dict keys.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(42), hash(-1), hash(-2), hash(0), hash(2.0), hash(1.5) == hash(1.5))
print(hash(10**6) == hash(float(10**6)), hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k
print(hash(Key(7)) == hash(7), {Key(1): "a"}[Key(1)], Key(1) in {Key(1), Key(2)})
class NoEq:
    pass
n = NoEq()
print(hash(n) == hash(n), type(hash(n)).__name__, NoEq.__hash__ is object.__hash__)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
for bad in [[1], {1: 2}, {1}, bytearray(b"a"), EqOnly()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "h"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
