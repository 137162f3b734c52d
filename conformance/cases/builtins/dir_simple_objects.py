# dir() on simple user objects lists class and instance attributes sorted; filtered to non-dunder names.
class Base:
    kind = "base"
    def greet(self):
        return "hi"
class Item(Base):
    limit = 3
    def __init__(self, name):
        self.name = name
        self._secret = 1
    def describe(self):
        return self.name
item = Item("pen")
public = [n for n in dir(item) if not n.startswith("__")]
print(public)
print([n for n in dir(Item) if not n.startswith("_")])
print("name" in dir(item), "name" in dir(Item), "greet" in dir(item))
item.extra = True
print([n for n in dir(item) if not n.startswith("_")])
print(dir(item) == sorted(dir(item)), "__init__" in dir(item), "__class__" in dir(item))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
def local_scope():
    b = 2
    a = 1
    return dir()
print(local_scope())
