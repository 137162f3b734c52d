# Calling with too few arguments names the missing parameters using CPython's exact wording.
def f(a, b):
    return a + b

def g(a, b, c, d=0):
    return a

def h(x, *, key, flag):
    return x

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy):
        return self

def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print(e)

attempt(f, 1)
attempt(f)
attempt(g)
attempt(g, 1)
attempt(g, d=4, b=2)
attempt(h, 1)
attempt(h, 1, flag=True)
attempt(h)
attempt(Point, 1)
attempt(Point(1, 2).move)
attempt(lambda q, r: q, 1)
