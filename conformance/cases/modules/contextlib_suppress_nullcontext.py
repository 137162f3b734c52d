# contextlib.suppress swallows listed exceptions only; nullcontext and ExitStack manage optional contexts.
from contextlib import suppress, nullcontext, ExitStack

data = {"a": 1}
with suppress(KeyError):
    print("before")
    print(data["b"])
    print("never")
print("after suppress")
with suppress(ValueError, TypeError):
    int("x")
with suppress():
    print("empty suppress is fine")
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", type(e).__name__, e)
with nullcontext("resource") as r:
    print("nullcontext gave", r)

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name)
        return False

with ExitStack() as stack:
    files = [stack.enter_context(Res(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback runs first")
    print("using", [f.name for f in files])
