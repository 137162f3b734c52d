# functools.lru_cache and cache memoize calls and report hits and misses via cache_info().
from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    print(v, square(v))
print(square.cache_info())

@cache
def slow_upper(s):
    print("  upper", s)
    return s.upper()

print(slow_upper("a"), slow_upper("a"), slow_upper.cache_info().hits)
try:
    square([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(square.__name__, square.__wrapped__(9))
