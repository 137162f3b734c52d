# isinstance and type checks on caught exceptions distinguish subclasses and builtin groups.
def describe(exc):
    kinds = []
    for cls in (LookupError, ArithmeticError, OSError, ValueError, Exception, BaseException):
        if isinstance(exc, cls):
            kinds.append(cls.__name__)
    return kinds

samples = [KeyError("a"), ZeroDivisionError(), FileNotFoundError("f"), UnicodeError(), SystemExit(), GeneratorExit()]
for s in samples:
    print(f"{type(s).__name__:<18}", describe(s))

def handle(exc):
    try:
        raise exc
    except Exception as e:
        if isinstance(e, (KeyError, IndexError)):
            return "missing data"
        if type(e) is ValueError:
            return "exactly ValueError"
        if isinstance(e, ValueError):
            return f"ValueError subclass {type(e).__name__}"
        return f"other {type(e).__name__}"

for e in [IndexError(), ValueError(), UnicodeDecodeError("ascii", b"\x80", 0, 1, "x"), TypeError()]:
    print(handle(e))
print(isinstance(ValueError, Exception), isinstance(ValueError(), type), issubclass(type(KeyError()), LookupError))
