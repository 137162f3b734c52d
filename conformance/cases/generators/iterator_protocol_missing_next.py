# Iterating an object whose __iter__ returns a non-iterator raises TypeError.
class Good:
    def __iter__(self):
        yield from (1, 2)

class NoIter:
    pass

class BadIter:
    def __iter__(self):
        return 42

print(list(Good()))
for obj in (NoIter(), BadIter()):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

def consume(obj):
    total = 0
    for x in obj:
        total += x
    return total

print(consume(Good()))
consume(BadIter())
