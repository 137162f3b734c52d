# The `as` target receives __enter__'s return value and may be an attribute, subscript or tuple unpacking.
class Resource:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self.value
    def __exit__(self, *exc):
        print("exit with", len(exc), "args")

with Resource("handle") as h:
    print(h)
with Resource((1, 2)) as (a, b):
    print(a, b)
with Resource([1, 2, 3]) as (first, *rest):
    print(first, rest)

class Box:
    pass
box = Box()
store = {}
with Resource("attr") as box.item, Resource("key") as store["k"]:
    print(box.item, store)
with Resource(None) as nothing:
    print(nothing)
class NoReturn:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with NoReturn() as got:
    print("got", got)
try:
    with Resource(5) as (x, y):
        print("unreachable")
except TypeError as e:
    print(type(e).__name__, e)
