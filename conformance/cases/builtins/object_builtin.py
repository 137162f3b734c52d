# object() instances have no __dict__, reject new attributes, compare by identity, and serve as unique sentinels.
o = object()
p = object()
print(o == o, o == p, o is not p, type(o).__name__, isinstance(5, object), hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
MISSING = object()
def lookup(d, key, default=MISSING):
    value = d.get(key, MISSING)
    if value is MISSING:
        if default is MISSING:
            return "raise"
        return default
    return value
print(lookup({"a": None}, "a"), lookup({}, "a"), lookup({}, "a", 0), lookup({}, "a", None))
print(object.__name__, object.__bases__, len([n for n in dir(object) if n.startswith("__")]) > 10)
print(str(object) , object().__class__ is object, issubclass(int, object))
