# The same context manager object can be reused across several with blocks, keeping state between uses.
class Counter:
    def __init__(self):
        self.entries = 0
        self.errors = 0
        self.active = False
    def __enter__(self):
        if self.active:
            raise RuntimeError("already active")
        self.active = True
        self.entries += 1
        return self.entries
    def __exit__(self, exc_type, exc, tb):
        self.active = False
        if exc_type is not None:
            self.errors += 1
        return exc_type is not None and issubclass(exc_type, ArithmeticError)

c = Counter()
for _ in range(3):
    with c as n:
        print("use", n)
with c:
    1 / 0
with c as n:
    print("after error, use", n)
print(c.entries, c.errors, c.active)
try:
    with c:
        with c:
            print("never")
except RuntimeError as e:
    print(type(e).__name__, e, c.active, c.entries)
