# An exception raised inside __exit__ replaces the body's exception, which becomes its __context__.
class Flaky:
    def __init__(self, fail_on_clean=False):
        self.fail_on_clean = fail_on_clean
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            raise RuntimeError(f"cleanup failed after {exc_type.__name__}")
        if self.fail_on_clean:
            raise OSError("flush failed")
        return False

try:
    with Flaky():
        raise ValueError("original")
except Exception as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__), "cause:", e.__cause__)
    print("suppress_context:", e.__suppress_context__)
try:
    with Flaky(fail_on_clean=True):
        print("body ok")
except OSError as e:
    print(type(e).__name__, e, e.__context__)

class Explicit:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            raise LookupError("wrapped") from exc
try:
    with Explicit():
        {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)
