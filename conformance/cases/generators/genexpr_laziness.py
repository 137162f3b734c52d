# Generator expressions evaluate lazily, except the first iterable which is evaluated immediately.
def make(n):
    print("make called", n)
    return range(n)

def check(x):
    print("check", x)
    return x % 2 == 0

g = (x * 10 for x in make(4) if check(x))
print("generator created")
print(next(g))
print("between")
print(next(g))
print(list(g))

try:
    bad = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

lazy = (1 / x for x in [1, 0])
print("no error yet")
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(lazy, "done"))
