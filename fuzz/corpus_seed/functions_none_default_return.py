# Functions without a return, with a bare return, or falling off a branch return None.
def no_return():
    x = 1

def bare_return():
    return

def maybe(n):
    if n > 0:
        return "positive"

def early(items):
    for i in items:
        if i < 0:
            return
    print("  all non-negative")

print(no_return(), bare_return(), maybe(1), maybe(-1))
print(early([1, 2]), early([1, -2]))
print(type(no_return()).__name__, no_return() is None)
results = [maybe(n) for n in (-1, 0, 2)]
print(results, results.count(None))
lst = [3, 1, 2]
r = lst.sort()
print(r, lst)
print(print("inner print"))
try:
    maybe(-1).upper()
except AttributeError as e:
    print("AttributeError", e)
