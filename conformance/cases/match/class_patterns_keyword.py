# Class patterns with keyword sub-patterns check isinstance and then match named attributes.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(center=Point(x=0, y=0), r=r):
            return f"circle at origin r={r}"
        case Circle(r=r, missing=m):
            return "has missing attribute?"
        case Circle():
            return "other circle"
        case _:
            return "not a shape"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9),
          Circle(Point(0, 0), 4), Circle(Point(1, 1), 2), (0, 0)]:
    print(where(s))
