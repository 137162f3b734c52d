# Calling next() on a simple generator yields values in order and then raises StopIteration.
def countdown(n):
    while n > 0:
        yield n
        n -= 1

g = countdown(3)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.value)
print(next(countdown(0), "default"))
print(next(g, None))
print(list(countdown(5)))
