# send() resumes the generator and the sent value becomes the result of the yield expression.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("got None, total stays", total)
        else:
            total += value

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))
print(acc.send(None))

def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received

g = echo()
g.send(None)
g.send("a")
g.send("b")
try:
    g.send("c")
except StopIteration as e:
    print("final", e.value)
