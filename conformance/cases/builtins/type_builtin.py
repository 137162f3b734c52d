# type() with one argument returns the exact class; with three arguments it creates a new class dynamically.
print(type(1), type("s"), type(None), type([]), type(type), type(len), type(3.0).__name__)
class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
d = Dog()
print(type(d), type(d) is Dog, type(d) is Animal, isinstance(d, Animal), type(d).__mro__[1].__name__)
print(type(d).__name__, type(d).__qualname__, type(True) is bool, type(True) == int)
Cat = type("Cat", (Animal,), {"sound": "meow", "lives": 9})
c = Cat()
print(Cat, Cat.__name__, c.speak(), c.lives, Cat.__bases__, isinstance(c, Animal))
Point = type("Point", (), {"__init__": lambda self, x: setattr(self, "x", x), "__repr__": lambda self: f"Point({self.x})"})
print(Point(3), type(Point(3)).__name__)
print(type(type(1)) is type, type(Dog) is type, type(int) is type)
def describe(value):
    return {int: "integer", str: "text", list: "list"}.get(type(value), "other")
print([describe(v) for v in [1, True, "a", [], ()]])
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
