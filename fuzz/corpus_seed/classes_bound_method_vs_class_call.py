# Methods can be called through an instance (bound) or through the class with an explicit self argument.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}!"

g = Greeter("Ada")
print(g.greet())
print(Greeter.greet(g))
print(Greeter.greet(g, "Hi"))
m = g.greet
print(m("Hey"))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__)
other = Greeter("Bob")
print(Greeter.greet(other, greeting="Yo"))
methods = [Greeter("X").greet, Greeter("Y").greet]
print([f() for f in methods])
print(list(map(Greeter.greet, [g, other])))
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.greet("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(g.greet == g.greet, g.greet == other.greet)
