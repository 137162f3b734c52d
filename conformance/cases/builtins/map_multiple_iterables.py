# map() with one or several iterables stops at the shortest, passes items positionally, and is lazy.
print(list(map(str.upper, ["a", "b"])), list(map(int, "123")), list(map(len, ["", "ab", [1]])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [10, 20, 30, 40])))
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(max, [1, 9], [5, 2], [3, 3])))
print(list(map(lambda *xs: sum(xs), range(3), range(10, 13), range(100, 103))))
prices = {"a": 2.0, "b": 3.5}
qty = {"a": 3, "b": 2}
print(dict(zip(prices, map(lambda k: prices[k] * qty[k], prices))))
print(list(map(str.strip, [" x ", "y\n"])), list(map(divmod, [7, 9], [2, 4])))
m = map(lambda x: x + 1, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
print(sum(map(int, "4 8 15 16 23 42".split())))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda a: a, [1], [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
