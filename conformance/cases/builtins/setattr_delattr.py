# setattr() and delattr() with dynamic names, including populating an object from a dict and error cases.
class Record:
    pass
r = Record()
data = {"name": "ann", "age": 31, "city": "oslo"}
for key, value in data.items():
    setattr(r, key, value)
print(r.name, r.age, vars(r))
print(setattr(r, "age", 32), r.age)
setattr(r, "with space", 1)
print(getattr(r, "with space"), sorted(vars(r)))
delattr(r, "city")
print(hasattr(r, "city"), vars(r))
setattr(Record, "kind", "class-level")
print(r.kind, Record().kind)
try:
    delattr(r, "city")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(r, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr([], "append", None)
except AttributeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    setattr(Slotted(), "b", 1)
except AttributeError as e:
    print(type(e).__name__, e)
