# Overriding __repr__ and __str__ on exceptions changes how they appear in containers, f-strings and tracebacks.
class Tagged(Exception):
    def __str__(self):
        return "[" + "|".join(map(str, self.args)) + "]"
    def __repr__(self):
        return f"Tagged<{len(self.args)}>"

class ReprOnly(Exception):
    def __repr__(self):
        return "ReprOnly!"

class Plain(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b

t = Tagged("a", 1, None)
print(t, repr(t), [t], f"{t!s} {t!r}", (t,))
print(str(Tagged()), repr(Tagged()))
r = ReprOnly("msg")
print(r, "|", repr(r), "|", {"err": r}, "|", r.args)
p = Plain("x", b=9)
print(p, repr(p), p.args, p.b)
errors = [ValueError("v"), Tagged("t"), ReprOnly(), KeyError("k")]
print(errors)
print(", ".join(f"{type(e).__name__}: {e}" for e in errors))

def fail(n):
    raise Tagged("step", n)

def run(steps):
    for n in range(steps):
        if n == 2:
            fail(n)
    return "completed"

print(run(2))
print(run(5))
