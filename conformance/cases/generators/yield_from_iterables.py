# `yield from` works with any iterable: lists, strings, ranges, dicts, and other generators.
def flatten_sources():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from {"k1": 1, "k2": 2}
    yield from (x * 10 for x in range(2))
    yield from ()
    r = yield from [7]
    yield r

print(list(flatten_sources()))

def chain(*its):
    for it in its:
        yield from it

print(list(chain("xy", [None], (1.5,))))

def bad():
    yield from 5

try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
