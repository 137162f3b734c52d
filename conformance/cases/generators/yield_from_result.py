# The value of a `yield from` expression is the sub-generator's return value.
def averager(items):
    total = 0
    count = 0
    for x in items:
        yield x
        total += x
        count += 1
    return total / count if count else None

def reporter(batches):
    results = []
    for b in batches:
        avg = yield from averager(b)
        results.append(avg)
    return results

g = reporter([[1, 2, 3], [10, 20], []])
seen = []
while True:
    try:
        seen.append(next(g))
    except StopIteration as e:
        print("seen", seen)
        print("averages", e.value)
        break

def inner():
    yield 1
def outer():
    r = yield from inner()
    yield ("inner returned", r)
print(list(outer()))
