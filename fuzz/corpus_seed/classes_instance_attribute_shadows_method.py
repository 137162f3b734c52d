# Instance attributes shadow methods on lookup, but special methods are looked up on the type only.
class Widget:
    def render(self):
        return "method render"
    def __len__(self):
        return 3
    def __repr__(self):
        return "Widget()"

w = Widget()
w.render = lambda: "instance render"
print(w.render(), Widget.render(w))
del w.render
print(w.render())
w.__len__ = lambda: 99
w.__repr__ = lambda: "instance repr"
print(len(w), w.__len__(), repr(w), w.__repr__())
print([w])

class Config:
    items = "class attribute"
    def size(self):
        return 1
c = Config()
c.size = 10
print(c.size, Config.size(c))
try:
    c.size()
except TypeError as e:
    print(type(e).__name__, e)
Widget.__len__ = lambda self: 7
print(len(w), len(Widget()))
