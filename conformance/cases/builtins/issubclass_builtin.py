# issubclass() with class hierarchies, tuples of classes, builtin types, and errors for non-class arguments.
class Base:
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
class Other:
    pass
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(Mid, Mid), issubclass(Leaf, (Other, Mid)))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(Leaf, object), issubclass(Other, ()), issubclass(str, str | bytes))
print([c.__name__ for c in Leaf.__mro__], Leaf.__bases__, Base.__subclasses__())
try:
    issubclass(Leaf(), Base)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Leaf, Base())
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass("str", str)
except TypeError as e:
    print(type(e).__name__, e)
handlers = {LookupError: "lookup", ArithmeticError: "math", Exception: "generic"}
def route(exc_type):
    for cls, name in handlers.items():
        if issubclass(exc_type, cls):
            return name
print([route(t) for t in [IndexError, OverflowError, TypeError]])
