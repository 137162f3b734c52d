# If __enter__ raises, the body and that manager's __exit__ are skipped, but earlier managers still exit.
class CM:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise ConnectionError(f"cannot open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return True  # would suppress body errors, but never sees __enter__ errors of its own

try:
    with CM("db", fail=True):
        print("body never runs")
except ConnectionError as e:
    print("caught", e)
with CM("cache"), CM("db", fail=True), CM("never"):
    print("body never runs")
print("outer manager suppressed the enter failure of the inner one")
try:
    with CM("x", fail=True) as x:
        pass
except ConnectionError:
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
