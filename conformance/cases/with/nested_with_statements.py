# Nested with blocks form a stack: inner exits first, and an inner suppression hides the error from outer.
class Level:
    depth = 0
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        Level.depth += 1
        print("  " * Level.depth + "enter " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  " * Level.depth + f"exit {self.name} exc={exc!r}")
        Level.depth -= 1
        return self.suppress

with Level("outer"):
    with Level("middle"):
        with Level("inner"):
            print("deep body, depth", Level.depth)
    print("back in outer, depth", Level.depth)
with Level("outer", suppress=True):
    with Level("inner", suppress=True):
        raise ValueError("inner problem")
    print("outer continues")
    raise KeyError("outer problem")
print("both suppressed, depth", Level.depth)
try:
    with Level("catcher"):
        with Level("thrower"):
            raise IndexError(7)
except IndexError as e:
    print("escaped to try:", repr(e))
