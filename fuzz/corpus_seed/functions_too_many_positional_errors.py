# Too many positional arguments produce "takes N positional arguments but M were given" variants.
def none():
    return 0

def one(a):
    return a

def two(a, b):
    return a

def optional(a, b=1):
    return a

def kwonly(a, *, b=1):
    return a

class Shape:
    def area(self):
        return 0
    def scale(self, factor):
        return factor

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(e)

attempt(none, 1)
attempt(one, 1, 2)
attempt(two, 1, 2, 3)
attempt(optional, 1, 2, 3)
attempt(optional, 1, 2, 3, 4)
attempt(kwonly, 1, 2)
attempt(kwonly, 1, 2, b=3)
attempt(Shape().area, 1)
attempt(Shape().scale, 1, 2)
attempt(lambda: 1, 2)
