# filter() with a predicate or None keeps truthy items lazily; it returns a one-shot iterator.
nums = [0, 1, -2, 3, 0, 4, None, ""]
print(list(filter(None, nums)))
print(list(filter(lambda n: isinstance(n, int) and n > 0, nums)))
print(list(filter(str.isdigit, ["12", "a1", "007", ""])))
f = filter(lambda c: c.isupper(), "HeLLo WoRld")
print(type(f).__name__, "".join(f), repr("".join(f)))
words = ["apple", "Bob", "kayak", "level", "data"]
print(list(filter(lambda w: w.lower() == w.lower()[::-1], words)))
evens = filter(lambda n: n % 2 == 0, range(10))
print(next(evens), next(evens), list(evens))
print(list(filter(bool, [[], [0], {}, {0: 0}])), tuple(filter(None, (0, 0.0, 1j))))
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
lazy = filter(lambda x: 10 // x, [1, 2, 0])
print("created filter without error")
try:
    print(list(lazy))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
