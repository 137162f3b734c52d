# __defaults__ and __kwdefaults__ hold the default values and can be inspected or replaced.
def f(a, b=1, c="x", *, d=None, e=[]):
    return a, b, c, d, e

print(f.__defaults__)
print(f.__kwdefaults__)

def g(a, b):
    return a + b
print(g.__defaults__, g.__kwdefaults__)

print(f(0))
f.__defaults__ = (100, "y")
print(f(0))
f.__kwdefaults__ = {"d": "D", "e": "E"}
print(f(0))
g.__defaults__ = (5,)
print(g(1))
try:
    g()
except TypeError as e:
    print("TypeError", e)
try:
    f.__defaults__ = [1, 2]
except TypeError as e:
    print("TypeError", e)
print((lambda x=3, *, y=4: 0).__defaults__, (lambda x=3, *, y=4: 0).__kwdefaults__)
