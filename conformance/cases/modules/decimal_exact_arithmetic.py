# decimal.Decimal gives exact decimal arithmetic, quantize rounding and signals invalid operations.
# xfail: raises ModuleNotFoundError: No module named 'decimal'
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero

print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
print(Decimal("1.10") * 3, Decimal("10") / Decimal("4"), Decimal(1) / Decimal(3))
price = Decimal("19.995")
print(price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), price.quantize(Decimal("0.01"), rounding=ROUND_DOWN))
print(round(Decimal("2.675"), 2), Decimal("2.50").normalize(), Decimal("-0"))
items = ["4.20", "3.35", "0.45"]
total = sum(Decimal(x) for x in items)
print(total, repr(total), str(total), float(total))
print(Decimal(5) == 5, Decimal("1.0") == Decimal("1.00"), Decimal("3.14") > 3)
print(Decimal(0.5), Decimal("7") // Decimal("2"), Decimal("-7") % Decimal("2"))
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__, e)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print(type(e).__name__, e)
