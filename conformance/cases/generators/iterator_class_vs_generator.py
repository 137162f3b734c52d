# A class implementing __iter__/__next__ behaves like the equivalent generator function.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

def countdown(start):
    while start > 0:
        yield start
        start -= 1

print(list(Countdown(4)), list(countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "end"))
print(iter(c) is c)
print(sum(Countdown(10)) == sum(countdown(10)))
g = countdown(2)
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(Countdown(1), "send"))
for a, b in zip(Countdown(3), countdown(3)):
    print(a, b, a == b)
