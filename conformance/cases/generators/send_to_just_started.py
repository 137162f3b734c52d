# Sending a non-None value to a just-started generator raises TypeError, but send(None) is fine.
def gen():
    x = yield 1
    print("received", x)
    yield 2

g = gen()
try:
    g.send("hello")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send("hello"))

g2 = gen()
try:
    g2.send(0)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g2))

g3 = gen()
g3.send(42)
