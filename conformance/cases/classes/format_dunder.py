# __format__ receives the format spec from format() and f-strings; the default rejects non-empty specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        if spec.startswith(">"):
            return format(f"${self.cents / 100:.2f}", spec)
        raise ValueError(f"bad money format {spec!r}")
    def __str__(self):
        return "Money(str)"
m = Money(12345)
print(f"{m}", f"{m:cents}", f"[{m:>12}]")
print(format(m), format(m, "cents"), "{0} {0:cents}".format(m))
print(str(m), f"{m!s}")
width = 10
print(f"[{m:>{width}}]")
try:
    f"{m:xyz}"
except ValueError as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain"
p = Plain()
print(f"{p}", format(p), "{}".format(p))
try:
    format(p, ">10")
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __format__(self, spec):
        return 1
try:
    f"{Bad()}"
except TypeError as e:
    print(type(e).__name__, e)
