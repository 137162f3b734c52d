# Returning a true value from __exit__ suppresses the exception and execution continues after the with.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return None

s = Suppress(ZeroDivisionError, KeyError)
with s:
    print("start")
    1 / 0
    print("never printed")
print("after:", type(s.caught).__name__, s.caught)
with Suppress(LookupError) as s2:
    [][3]
print("suppressed subclass:", repr(s2.caught))
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a):
        return "yes"
with Truthy():
    raise ValueError("hidden")
print("truthy string suppresses too")

def parse_all(values):
    out = []
    for v in values:
        with Suppress(ValueError):
            out.append(int(v))
    return out
print(parse_all(["1", "x", "3", "4.5", "-2"]))
print(parse_all([None]))
