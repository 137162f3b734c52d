# When the body raises, __exit__ gets the exception type, instance and a non-None traceback.
# xfail: output differs from CPython at line 1 (got: type: ZeroDivisionError | value: ZeroDivisionError('division by zero') | tb is N)
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.seen = (exc_type, exc, tb)
        if exc_type is None:
            print("clean exit", exc, tb)
        else:
            print("type:", exc_type.__name__, "| value:", repr(exc), "| tb is None:", tb is None)
            print("same as exc.__traceback__:", tb is exc.__traceback__, "| args:", exc.args)
        return False

for body in [lambda: 1 / 0, lambda: {}["k"], lambda: int("x"), lambda: None]:
    m = Inspect()
    try:
        with m:
            body()
    except Exception as e:
        print("propagated", type(e).__name__, e is m.seen[1])

class Custom(Exception):
    pass
try:
    with Inspect():
        raise Custom("boom", 42)
except Custom as e:
    print("caught", e.args)
