# float() parses numeric strings (whitespace, underscores, inf/nan, exponents) and converts ints and __float__ objects.
print(float(), float(3), float("2.5"), float("  -1.25\n"), float("1e3"), float("1_000.5"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("nan"), float("+1E-2"), float(True), float(10**20))
print(float.fromhex("0x1p4"), (0.1).hex() == float.hex(0.1), float("-0"))
class Ratio:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __float__(self):
        return self.n / self.d
class Idx:
    def __index__(self):
        return 7
print(float(Ratio(1, 4)), float(Idx()), 1.5.is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio())
for bad in ["", "abc", "1,5", "1.2.3", "1__0", "0x10", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float("1e400"), float("-1e400"), float("1e-400"))
