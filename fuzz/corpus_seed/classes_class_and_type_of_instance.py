# type(x) and x.__class__ return the instance's class; classes themselves are instances of type.
class Widget:
    pass

class Button(Widget):
    pass

b = Button()
print(type(b), b.__class__, type(b) is Button)
print(type(b) == Widget, isinstance(b, Widget))
print(type(Button), type(type), Button.__class__)
print(type(b).__name__, b.__class__.__name__, type(b).__module__)
print(type(5), type("s"), type([]), type(None))
clone = type(b)()
print(type(clone).__name__)
def same_kind(a, c):
    return type(a) is type(c)
print(same_kind(Button(), Button()), same_kind(Button(), Widget()))
print([type(v).__name__ for v in [1, 2.0, "x", (), {}, set(), True, b"b", Widget]])

handlers = {"Button": "click", "Widget": "render"}
for w in [Button(), Widget()]:
    print(handlers[type(w).__name__], handlers[w.__class__.__name__])
print(type(b)() is not b, Button.__class__.__class__ is type)
