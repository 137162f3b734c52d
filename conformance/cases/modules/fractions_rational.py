# fractions.Fraction keeps exact rational results, normalizes signs and supports limit_denominator.
from fractions import Fraction

a = Fraction(1, 3)
b = Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a ** 2)
print(Fraction(6, -8), Fraction("3/4"), Fraction("1.25"), Fraction(5))
print(repr(Fraction(2, 4)), a.numerator, a.denominator)
print(Fraction(0.5), Fraction(0.1) == Fraction(1, 10), Fraction(0.1).limit_denominator(100))
print(Fraction(355, 113) > 3, float(Fraction(7, 8)), int(Fraction(-7, 2)), round(Fraction(7, 2)))
print(sum(Fraction(1, n) for n in range(1, 5)))
print(Fraction(1, 2) + 1, 1 - Fraction(1, 4), Fraction(1, 2) + 0.25)
print(sorted([Fraction(2, 3), Fraction(1, 2), Fraction(3, 4)]))
print(Fraction(3, 4).as_integer_ratio(), Fraction(9, 3).is_integer())
for args in [(1, 0), ("x/y",), (1.5, 2)]:
    try:
        print(Fraction(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
