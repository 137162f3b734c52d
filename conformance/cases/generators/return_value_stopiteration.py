# A generator's return value becomes StopIteration.value; a bare return gives None.
def with_return():
    yield "a"
    return {"status": "done", "count": 1}

def bare_return():
    yield 1
    return

def no_return():
    yield 1

for fn in (with_return, bare_return, no_return):
    g = fn()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(fn.__name__, repr(e.value), e.args)

def immediate():
    return 42
    yield

try:
    next(immediate())
except StopIteration as e:
    print("immediate", e.value)
print(list(with_return()))
