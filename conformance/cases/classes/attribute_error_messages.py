# AttributeError messages for missing instance, class, module-level builtin and None attributes.
class A:
    x = 1
    def __init__(self):
        self.y = 2

a = A()
cases = [
    lambda: a.z,
    lambda: A.z,
    lambda: A.y,
    lambda: None.upper,
    lambda: (5).real.foo,
    lambda: "s".appendx,
    lambda: [].push,
    lambda: {}.has_key,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).bit_length = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
e = AttributeError("custom")
print(e.args, getattr(a, "y"), getattr(A, "x"))
