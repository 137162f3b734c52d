# next() on an exhausted iterator raises StopIteration unless a default is given.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
print(next(it, "default"), next(iter([]), None))

def gen():
    yield "only"
    return "result value"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("generator returned:", e.value)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x * 2 for x in Countdown(2)])
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
first = next((w for w in ["apple", "kiwi"] if len(w) < 5), "none")
print(first)
