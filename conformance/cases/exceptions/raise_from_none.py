# raise ... from None hides the context from display but __context__ is still recorded.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry named {key!r}") from None

try:
    lookup({}, "user")
except LookupError as e:
    print("message:", e)
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)
    print("context kept:", type(e.__context__).__name__, e.__context__)

e2 = ValueError("manual")
e2.__cause__ = None
print(e2.__suppress_context__)
e3 = ValueError("set cause")
e3.__cause__ = KeyError("k")
print(e3.__suppress_context__, repr(e3.__cause__))
e3.__suppress_context__ = False
print(e3.__suppress_context__)

def convert(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError("expected a number") from None

try:
    convert("abc")
except TypeError as e:
    print(type(e).__name__, e, e.__cause__ is None, e.__suppress_context__)
