# A class with __iter__ returning an object with __next__ works in for loops, list(), unpacking and zip.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
for x in c:
    print("tick", x)
a, b, d = c
print(a, b, d, *c)
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
print(list(zip(Countdown(5), "abc")), sum(Countdown(4)), max(Countdown(6)))
print(3 in Countdown(5), 9 in Countdown(5))
print(sorted(Countdown(4)), dict(enumerate(Countdown(2))))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
