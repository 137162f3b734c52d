# max()/min() with key= functions and default= for empty iterables; ties return the first maximal/minimal item.
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(max(words), min(words), max(words, key=len), min(words, key=len))
print(max(["aa", "bb", "cc"], key=len), min(["aa", "b", "c"], key=len))
scores = {"ann": 91, "bob": 78, "cy": 91}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print(max([], default=None), min((), default="empty"), max([5], default=0), max(iter([]), default=-1))
print(max([3, -9, 4], key=abs), min([3, -9, 4], key=lambda x: -x), max("hello"), min("hello"))
points = [(1, 5), (4, 2), (3, 3)]
print(max(points, key=lambda p: p[1]), min(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(max([2, 8, 5], key=None), min(range(5, 0, -1), default=99), max([0.5, 1, True]))
try:
    max([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(["a", "bb"], key=lambda s: None)
except TypeError as e:
    print(type(e).__name__, e)
