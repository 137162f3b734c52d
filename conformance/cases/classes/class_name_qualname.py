# __name__ and __qualname__ of top-level, nested and function-local classes and their methods.
class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass

    def make(self):
        class Local:
            pass
        return Local

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.method.__qualname__)
L = Outer().make()
print(L.__name__, L.__qualname__)
print(Outer.make.__name__, Outer.make.__qualname__)
print(Outer.__module__, Outer.Inner)

def factory():
    class Made:
        pass
    return Made

print(factory().__qualname__, factory() is factory())
print(int.__name__, int.__qualname__, type.__name__)
Outer.Inner.__name__ = "Renamed"
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
