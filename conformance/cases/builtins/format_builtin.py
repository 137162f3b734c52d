# format() and format specs: width, alignment, fill, sign, precision, grouping, types, and __format__ hooks.
print(format(3.14159, ".2f"), format(42, "05d"), format("hi", ">6"), format("hi", "*^7"), format(7, "+d"))
print(format(1234567, ","), format(1234567.891, "_.1f"), format(0.256, ".1%"), format(12345.678, ".3e"))
print(format(255, "b"), format(255, "#o"), format(-42, "x"), format(3, "c") == "\x03", format(65, "c"))
print(format(None), format([1, 2]), format(True), format(True, "d"), format(1.0), format(1e20), format(1e-7))
print(repr(format("left", "<8")), repr(format(-5, "=6")), repr(format(5, " d")), format(2.5, "g"), format(1234.5, ".2g"))
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for name, qty, price in rows:
    print(f"{name:<8}|{qty:>4}|{price:>7.2f}|{qty * price:08.3f}")
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:{spec}}C"
print(format(Temp(100), "F"), f"{Temp(21.5):.2f}", "{:F}".format(Temp(0)))
for value, spec in [(1.5, "d"), ("s", "d"), (5, "s"), (object, "x"), (1, "z2")]:
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
