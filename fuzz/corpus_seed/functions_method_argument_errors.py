# Argument errors on constructors, static methods and class methods use the qualified name and count self/cls.
class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def shift(self, dx, dy, *, wrap=False):
        return Point(self.x + dx, self.y + dy)
    @staticmethod
    def origin(dims):
        return (0,) * dims
    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split(",")))

def attempt(thunk):
    try:
        r = thunk()
        print("ok", r if isinstance(r, tuple) else (r.x, r.y))
    except TypeError as e:
        print(e)

attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, z=2))
attempt(lambda: Point(1).shift(1, 2, wrap=True))
attempt(lambda: Point.shift(Point(0), 1, 2, True))
attempt(lambda: Point.origin())
attempt(lambda: Point.origin(2))
attempt(lambda: Point.parse("3,4"))
attempt(lambda: Point.parse("1,2,3"))
attempt(lambda: Point.parse())
attempt(lambda: Point(1).parse("5,6"))
attempt(lambda: Point.origin(1, 2))
