# str() falls back to __repr__ when __str__ is missing; containers always use __repr__ of their items.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return f"OnlyStr#{self.n}"

class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"

r, b = OnlyRepr(), Both()
print(r, str(r), repr(r), f"{r}", f"{r!r}")
print(b, str(b), repr(b), f"{b}", f"{b!r}", f"{b!s}")
print([r, b], (b,), {"k": b})
print("%s %r" % (b, b))
s = OnlyStr(3)
print(s, str(s), f"{s}")
print(repr(s).startswith("<__main__.OnlyStr object at"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(str(OnlyRepr) , repr(Both))
