# Sending into or advancing an exhausted generator raises StopIteration with value None.
def one():
    x = yield "first"
    return x * 2

g = one()
print(next(g))
try:
    g.send(21)
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(5)
except StopIteration as e:
    print("after end:", repr(e.value))
try:
    next(g)
except StopIteration as e:
    print("next after end:", repr(e.value))
print(list(g))
print(g.close())
