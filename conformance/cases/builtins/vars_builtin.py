# vars() returns an object's __dict__ (live, mutable), works on classes as a read-only mapping, and fails without __dict__.
class User:
    role = "member"
    def __init__(self, name, age):
        self.name = name
        self.age = age
u = User("ann", 31)
print(vars(u), vars(u) is u.__dict__)
vars(u)["email"] = "ann@example.com"
print(u.email, vars(u))
u.age += 1
print(vars(u)["age"], sorted(vars(u)))
print({k: v for k, v in vars(User).items() if not k.startswith("__")}.keys())
print(type(vars(User)).__name__, "role" in vars(User), "role" in vars(u))
def to_dict(obj):
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")}
class Item:
    def __init__(self):
        self.sku = "X1"
        self._cache = None
        self.qty = 4
print(to_dict(Item()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(User).update({"x": 1})
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(u, u)
except TypeError as e:
    print(type(e).__name__, e)
