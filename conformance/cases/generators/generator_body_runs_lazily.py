# A generator function body does not start running until the first next() call.
def gen():
    print("body started")
    yield 1
    print("after first yield")
    yield 2
    print("body finished")

g = gen()
print("created")
print("got", next(g))
print("got", next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(type(g).__name__)
print(gen.__name__, g.__name__)
print(g.__qualname__)
