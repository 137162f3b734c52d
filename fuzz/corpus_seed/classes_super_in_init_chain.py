# Zero-argument super() in __init__ chains initialisation through a single-inheritance hierarchy.
class Shape:
    def __init__(self, name):
        print("Shape.__init__", name)
        self.name = name

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        print("Rect.__init__", w, h)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        print("Square.__init__ start")
        super().__init__(side, side, name="square")
        print("Square.__init__ end")

s = Square(4)
print(s.name, s.w, s.h, s.area())
print(sorted(vars(s).items()))

class Forgetful(Shape):
    def __init__(self):
        pass

f = Forgetful()
try:
    print(f.name)
except AttributeError as e:
    print(type(e).__name__, e)
