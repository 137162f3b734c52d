"""Terrarium's fractions: exact rationals with CPython's normalisation, parsing, arithmetic with
ints and floats, comparisons, rounding and limit_denominator."""

from math import gcd as _gcd


def _parse(text):
    s = text.strip().replace("_", "")
    sign = 1
    if s[:1] in "+-":
        if s[0] == "-":
            sign = -1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        if not (num.isdigit() and den.strip().isdigit()):
            return None
        return sign * int(num), int(den.strip())
    mantissa, exp = s, 0
    if "e" in s.lower():
        i = s.lower().index("e")
        mantissa, e = s[:i], s[i + 1:]
        try:
            exp = int(e)
        except ValueError:
            return None
    whole, dot, frac = mantissa.partition(".")
    if not (whole or frac) or not (whole.isdigit() or not whole) or not (frac.isdigit() or not frac):
        return None
    num = int(whole or "0") * 10 ** len(frac) + int(frac or "0")
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                numerator, denominator = parsed
                if denominator == 0:
                    raise ZeroDivisionError(f"Fraction({numerator}, 0)")
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a, b = Fraction(numerator), Fraction(denominator)
                numerator = a._numerator * b._denominator
                denominator = a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        g = _gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    @classmethod
    def from_float(cls, f):
        return cls(f)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return f"Fraction({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fop, rop, reflected=False):
        o = self._coerce(other)
        if o is not None:
            return fop(o, self) if reflected else fop(self, o)
        if isinstance(other, float):
            return rop(other, float(self)) if reflected else rop(float(self), other)
        if isinstance(other, complex):
            return rop(other, complex(float(self))) if reflected else rop(complex(float(self)), other)
        return NotImplemented

    def __add__(self, other):
        return self._op(other, lambda a, b: Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator), lambda a, b: a + b)

    def __radd__(self, other):
        return self._op(other, lambda a, b: a + b, lambda a, b: a + b, True)

    def __sub__(self, other):
        return self._op(other, lambda a, b: Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator), lambda a, b: a - b)

    def __rsub__(self, other):
        return self._op(other, lambda a, b: a - b, lambda a, b: a - b, True)

    def __mul__(self, other):
        return self._op(other, lambda a, b: Fraction(a._numerator * b._numerator, a._denominator * b._denominator), lambda a, b: a * b)

    def __rmul__(self, other):
        return self._op(other, lambda a, b: a * b, lambda a, b: a * b, True)

    def __truediv__(self, other):
        return self._op(other, lambda a, b: Fraction(a._numerator * b._denominator, a._denominator * b._numerator), lambda a, b: a / b)

    def __rtruediv__(self, other):
        return self._op(other, lambda a, b: a / b, lambda a, b: a / b, True)

    def __floordiv__(self, other):
        return self._op(other, lambda a, b: (a._numerator * b._denominator) // (a._denominator * b._numerator), lambda a, b: a // b)

    def __rfloordiv__(self, other):
        return self._op(other, lambda a, b: a // b, lambda a, b: a // b, True)

    def __mod__(self, other):
        return self._op(other, lambda a, b: a - b * (a // b), lambda a, b: a % b)

    def __rmod__(self, other):
        return self._op(other, lambda a, b: a % b, lambda a, b: a % b, True)

    def __divmod__(self, other):
        return (self // other, self % other)

    def __pow__(self, other):
        if isinstance(other, int):
            if other >= 0:
                return Fraction(self._numerator ** other, self._denominator ** other)
            if self._numerator == 0:
                raise ZeroDivisionError(f"Fraction({self._denominator ** -other}, 0)")
            return Fraction(self._denominator ** -other, self._numerator ** -other)
        if isinstance(other, Fraction) and other._denominator == 1:
            return self ** other._numerator
        return float(self) ** float(other)

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(other, int):
            return Fraction(other ** self._numerator)
        return other ** float(self)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        n = abs(self._numerator) // self._denominator
        return -n if self._numerator < 0 else n

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __float__(self):
        return self._numerator / self._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rem = divmod(self._numerator, self._denominator)
            if rem * 2 < self._denominator:
                return floor
            if rem * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        return hash(self._numerator / self._denominator)

    def _cmp(self, other, op):
        o = self._coerce(other)
        if o is not None:
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            return op(float(self), other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, float):
            return float(self) == other
        return self._cmp(other, lambda a, b: a == b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)
