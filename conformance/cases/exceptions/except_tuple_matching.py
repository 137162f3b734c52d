# An except clause with a tuple matches any listed class; the tuple may come from a variable.
def parse(value):
    try:
        return int(value) // len(value)
    except (ValueError, TypeError) as e:
        return f"bad input: {type(e).__name__}"
    except (ZeroDivisionError, OverflowError) as e:
        return f"math error: {e}"

print(parse("42"), parse("x1"), parse(None), parse(""))
RECOVERABLE = (KeyError, IndexError)
def fetch(container, key):
    try:
        return container[key]
    except RECOVERABLE as e:
        return f"missing {e!r}"
print(fetch({"a": 1}, "a"), fetch({"a": 1}, "b"), fetch([1], 5))
try:
    fetch(5, 0)
except TypeError as e:
    print("not in tuple:", e)
handlers = RECOVERABLE + (ValueError,)
try:
    int("z")
except handlers as e:
    print("combined tuple matched", type(e).__name__)
try:
    try:
        raise ValueError("x")
    except ():
        print("never")
except ValueError:
    print("empty tuple matches nothing")
