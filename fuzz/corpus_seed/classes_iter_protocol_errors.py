# iter() rejects objects without __iter__ and __iter__ results that are not iterators.
class NoIter:
    pass

class ReturnsList:
    def __iter__(self):
        return [1, 2, 3]

class ReturnsSelfNoNext:
    def __iter__(self):
        return self

class IterNone:
    __iter__ = None

for obj in [NoIter(), ReturnsList(), ReturnsSelfNoNext(), IterNone(), 42]:
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)

class Good:
    def __iter__(self):
        return iter([1, 2, 3])
print(list(Good()), [x * 2 for x in Good()])

def total(items):
    result = 0
    for v in items:
        result += v
    return result

def report(obj):
    return f"total={total(obj)}"

print(report(Good()))
print(report(ReturnsList()))
