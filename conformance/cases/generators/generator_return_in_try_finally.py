# The finally block of a generator runs on normal return, and a return in finally overrides the value.
def normal():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs on return")

def overriding():
    try:
        yield 1
        return "from try"
    finally:
        return "from finally"

for fn in (normal, overriding):
    g = fn()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(fn.__name__, "->", e.value)

def suppressing():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "suppressed"

g = suppressing()
next(g)
try:
    next(g)
except StopIteration as e:
    print("suppressing ->", e.value)
