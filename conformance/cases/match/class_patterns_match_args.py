# __match_args__ maps positional sub-patterns in a class pattern to attribute names, and mixes with keywords.
class Vec:
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z=0):
        self.x, self.y, self.z = x, y, z

class Named(Vec):
    __match_args__ = ("name",) + Vec.__match_args__
    def __init__(self, name, *coords):
        super().__init__(*coords)
        self.name = name

def classify(v):
    match v:
        case Named(name, 0, 0):
            return f"{name} on z axis"
        case Named(str(name), x, y, z=0):
            return f"{name} flat at {x},{y}"
        case Vec(0, 0, 0):
            return "zero vector"
        case Vec(x, y, z=0):
            return f"planar {x},{y}"
        case Vec(x, y=y, z=z):
            return f"3d {x},{y},{z}"

for v in [Vec(0, 0), Vec(1, 2), Vec(1, 2, 3), Named("p", 0, 0, 9), Named("q", 4, 5), Named("r", 1, 1, 1)]:
    print(classify(v))
print(Named.__match_args__)
