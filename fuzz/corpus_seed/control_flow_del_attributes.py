# del obj.attr removes an instance attribute, exposing the class attribute or raising AttributeError.
class Settings:
    theme = "light"
    def __init__(self):
        self.theme = "dark"
        self.font = "mono"

s = Settings()
print(s.theme, s.font)
del s.theme
print(s.theme)
del s.font
try:
    print(s.font)
except AttributeError as e:
    print("AttributeError", e)
try:
    del s.font
except AttributeError as e:
    print("AttributeError", e)
try:
    del s.theme
except AttributeError as e:
    print("AttributeError", e)
print(sorted(vars(s)))
s.extra = 1
print(vars(s))
del Settings.theme
print(hasattr(s, "theme"))
class Node:
    pass
n = Node()
n.child = Node()
n.child.label = "leaf"
del n.child.label
print(hasattr(n.child, "label"), hasattr(n, "child"))
