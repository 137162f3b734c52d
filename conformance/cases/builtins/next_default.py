# next() with a default returns it on exhaustion instead of raising StopIteration; next() needs an iterator.
it = iter([1, 2])
print(next(it), next(it, "d"), next(it, "d"), next(it, None))
print(next(iter([]), "empty"), next((c for c in "abc" if c > "a"), "none"), next(iter({}), 0))
users = [{"id": 1, "name": "ann"}, {"id": 2, "name": "bob"}]
def find(uid):
    return next((u for u in users if u["id"] == uid), None)
print(find(2), find(3))
first_even = next(filter(lambda n: n % 2 == 0, [1, 3, 6, 8]), -1)
print(first_even)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    return "done"
g = gen()
print(next(g), next(g, "default"))
try:
    next(gen(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
