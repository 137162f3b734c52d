# __setattr__ and __delattr__ intercept every assignment and deletion, delegating to object for storage.
class Audited:
    def __init__(self, name):
        self.log = []
        self.name = name
    def __setattr__(self, key, value):
        if key != "log":
            self.log.append(f"set {key}={value!r}")
        object.__setattr__(self, key, value)
    def __delattr__(self, key):
        if key.startswith("_"):
            raise AttributeError(f"cannot delete private {key}")
        self.log.append(f"del {key}")
        super().__delattr__(key)

a = Audited("box")
a.size = 3
a.size += 1
setattr(a, "color", "red")
del a.color
a._secret = 1
print(a.log)
print(a.name, a.size, hasattr(a, "color"))
for key in ["_secret", "missing"]:
    try:
        delattr(a, key)
    except AttributeError as e:
        print(type(e).__name__, e)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, key, value):
        raise AttributeError(f"{type(self).__name__} is immutable")
f = Frozen(5)
try:
    f.x = 6
except AttributeError as e:
    print(type(e).__name__, e)
print(f.x)
