# send() and throw() on a delegating generator are forwarded to the sub-generator by yield from.
def inner():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("inner handled", e)
            continue
        if x is None:
            return total
        total += x

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer done"

g = outer()
print(next(g))
print(g.send(4))
print(g.send(6))
print(g.throw(ValueError("oops")))
print(g.send(None))
try:
    g.throw(KeyError("missing"))
except KeyError as e:
    print("propagated", type(e).__name__, e)
