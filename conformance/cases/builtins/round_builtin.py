# round() uses banker's rounding for halves, supports negative ndigits, and returns int without ndigits.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49), round(3.51))
print(type(round(2.7)).__name__, type(round(2.7, 0)).__name__, round(2.7, 0), round(7), type(round(7, 1)).__name__)
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-1234, -1), round(5, -1), round(15, -1), round(25, -1), round(0.125, 2), round(0.375, 2))
print(round(True), round(1e20), round(-0.4), round(2.5, None))
class Money:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        return f"Money({round(self.v, ndigits)})"
print(round(Money(2.345), 2), round(Money(9.5)))
prices = [19.995, 5.005, 0.125]
print([round(p, 2) for p in prices], sum(round(p, 1) for p in [0.25, 0.35]))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
