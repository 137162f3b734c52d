# The yield expression can appear in assignments, arguments and parenthesised expressions.
def collector():
    items = []
    items.append((yield "ready"))
    items.append((yield "ready2"))
    x = (yield) or "default"
    items.append(x)
    yield items

g = collector()
print(next(g))
print(g.send("first"))
print(g.send("second"))
print(g.send(None))

def bare():
    value = yield
    print("bare got", value)
    yield

b = bare()
print(next(b))
print(b.send("payload"))

def doubled():
    x = 1
    while x < 50:
        x = (yield x) * 2

d = doubled()
print(next(d), d.send(3), d.send(10))
