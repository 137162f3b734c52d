# Truthiness of None, functions, classes, plain objects, and NotImplemented-free builtins.
class Plain:
    pass

def func():
    pass

print(bool(None))
print(bool(func), bool(lambda: 0), bool(print))
print(bool(Plain), bool(Plain()), bool(object()))
print(bool(int), bool(type))
print(bool(Ellipsis))
print(bool(iter([])), bool(zip()), bool(map(str, [])))
print(bool(slice(0)), bool(dict().keys()), bool({1: 2}.values()))
x = None
if x is None:
    print("None checked with is")
if not x:
    print("None is falsy")
print(None or "default", [] or "empty-default", 0 or None)
