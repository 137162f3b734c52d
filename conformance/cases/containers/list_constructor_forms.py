# list() builds from any iterable: strings, dicts, ranges, generators, and rejects non-iterables.
print(list(), list("abc"), list(range(3)))
print(list({"x": 1, "y": 2}), list({"x": 1}.items()))
print(list((i * i for i in range(4))))
print(list(b"hi"), list(map(str, [1, 2])))
src = [1, 2]
dst = list(src)
print(dst == src, dst is src)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(3)))
