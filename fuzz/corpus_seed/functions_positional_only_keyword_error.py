# Passing positional-only parameters by keyword is reported, and those names can be reused in **kwargs.
def divide(numerator, denominator, /):
    return numerator / denominator

def fmt(value, /, spec="", **opts):
    return format(value, spec), opts

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(e)

attempt(divide, 7, 2)
attempt(divide, 7, denominator=2)
attempt(divide, numerator=7, denominator=2)
attempt(fmt, value=3.14159)
attempt(fmt, 3.14159, ".2f", value="goes into opts")
attempt(fmt, 255, spec="x")

class Vec:
    def __init__(self, x, y, /):
        self.x, self.y = x, y
    def dot(self, other, /):
        return self.x * other.x + self.y * other.y

attempt(Vec, x=1, y=2)
attempt(Vec(1, 2).dot, other=Vec(3, 4))
attempt(Vec(1, 2).dot, Vec(3, 4))
