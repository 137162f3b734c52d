# Default argument expressions are evaluated once, when the def statement runs.
calls = []

def make_default(tag):
    calls.append(tag)
    return tag * 2

def f(x=make_default("a"), y=make_default("b")):
    return x, y

print(calls)
print(f(), f(1), f(y=0))
print(calls)
threshold = 10

def over(value, limit=threshold):
    return value > limit

threshold = 100
print(over(50), over(50, threshold))

def g(n, base=len("four")):
    return n + base
print(g(1), g.__defaults__)

for i in range(3):
    def h(v=i):
        return v
print(h(), h(9))
