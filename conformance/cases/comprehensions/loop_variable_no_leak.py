# Comprehension loop variables are local to the comprehension and never overwrite or leak into the enclosing scope.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
try:
    print([y for y in range(3)], y)
except NameError as e:
    print(type(e).__name__, e)
for z in range(3):
    pass
print("for-loop variable leaks:", z)
k = v = "unchanged"
d = {k: v for k, v in [("a", 1)]}
print(d, k, v)
s = {n for n in range(3)}
g = list(m for m in range(3))
print(s, g, "n" in dir(), "m" in dir())
def f():
    i = 100
    vals = [i for i in range(3)]
    return vals, i
print(f())
items = ["a", "b"]
result = [items for items in items]
print(result, items)
