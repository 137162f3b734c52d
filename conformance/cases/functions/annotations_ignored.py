# Annotations are stored in __annotations__ but never enforced at call time.
def scale(value: int, factor: float = 2.0) -> float:
    return value * factor

print(scale(3), scale("ab", 2), scale([1], factor=3))
print(scale.__annotations__)

def odd(x: "any string", y: 1 + 2 = 5, *args: list, **kw: dict) -> None:
    return x, y, args, kw

print(odd(1, 2, 3, k=4))
print(odd.__annotations__)

def plain(a, b):
    return a
print(plain.__annotations__)

count: int = 5
label: str
print(count)
try:
    print(label)
except NameError as e:
    print("NameError", e)

class Point:
    x: int
    y: int = 0
print(Point.y, Point.__annotations__, hasattr(Point, "x"))
values: list[int] = ["not", "ints"]
print(values)
