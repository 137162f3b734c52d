# isinstance() with single classes, nested tuples of classes and X | Y unions, including bool-is-int subtleties.
values = [1, 2.5, "s", True, None, [1], (1,), {"a": 1}, 3j]
for v in values:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (list, (tuple, dict))), isinstance(v, str | None))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), type(True) is int)
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object), isinstance(3, object))
print(isinstance(5, ()), isinstance([], (int, (str, (list,)))))
class Animal:
    pass
class Dog(Animal):
    pass
d = Dog()
print(isinstance(d, Animal), isinstance(d, (int, Dog)), isinstance(Animal(), Dog), isinstance(Dog, Animal))
def normalize(value):
    if isinstance(value, bool):
        return "flag"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, (list, tuple, set)):
        return f"seq[{len(value)}]"
    return type(value).__name__
print([normalize(v) for v in [True, 3, 1.5, [1, 2], {1}, "x", None]])
try:
    isinstance(5, [int, str])
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(5, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(5)
except TypeError as e:
    print(type(e).__name__, e)
