# itertools.chain, chain.from_iterable and islice with start/stop/step over lazy sources.
from itertools import chain, islice

print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain.from_iterable([[1, 2], [], [3, [4]]])))
print(list(chain()))
print(list(islice("abcdefgh", 3)))
print(list(islice("abcdefgh", 2, 6)))
print(list(islice("abcdefgh", 1, None, 3)))
print(list(islice(range(10), 5, 2)))

def numbers():
    n = 0
    while True:
        print("  produce", n)
        yield n
        n += 1

print(list(islice(numbers(), 2)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
try:
    islice([1, 2], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(chain([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
