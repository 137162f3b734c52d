# str() converts objects via __str__ (falling back to __repr__) and decodes bytes when an encoding is given.
print(str(), str(42), str(-1.50), str(None), str(True), str([1, "a"]), str({"k": "v"}), str((1,)))
print(str(b"hi"), str(b"hi", "ascii"), str(b"caf\xc3\xa9", "utf-8") == "caf\u00e9", str(bytearray(b"x"), encoding="utf-8"))
print(str(1e100), str(1 / 3), str(2 ** 64), str(0.1), str(100.0), str(1e-5), str(123456789.0 * 10))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Both:
    def __str__(self):
        return "nice"
    def __repr__(self):
        return "Both()"
print(str(OnlyRepr()), str(Both()), str([Both()]), "%s" % Both(), str(str))
print(str("abc") is not None, type(str(5)).__name__, str(5) + "px", "n=" + str(3.0))
try:
    "n=" + 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
