# max()/min() called with several positional arguments compare them directly, even if each one is iterable.
print(max(3, 7, 5), min(3, 7, 5), max(1.5, 2), min(-1, False), max(True, 1))
print(max("apple", "banana"), min([1, 2], [1, 3]), max((2, 0), (1, 9)), max("b", "abc", key=len))
print(max(1, 2, key=lambda x: -x), min("x", "yy", "zzz", key=len))
def clamp(value, lo, hi):
    return max(lo, min(value, hi))
print([clamp(v, 0, 10) for v in [-5, 3, 15, 10]])
print(max([1, 5], [2]), min("abc", "ab"))
for args in [(1, "a"), (None, 0), ([1], (1,))]:
    try:
        max(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    min(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    min(1, 2, bogus=3)
except TypeError as e:
    print(type(e).__name__, e)
