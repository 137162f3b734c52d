# __init__ receives constructor arguments including defaults, keyword arguments, *args and **kwargs.
class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

class Record:
    def __init__(self, name, *tags, active=True, **meta):
        self.name = name
        self.tags = tags
        self.active = active
        self.meta = meta

p1, p2, p3 = Point(), Point(3), Point(y=7)
print((p1.x, p1.y), (p2.x, p2.y), (p3.x, p3.y))
r = Record("job", "a", "b", active=False, owner="ops", prio=2)
print(r.name, r.tags, r.active, r.meta)
r = Record("solo")
print(r.name, r.tags, r.active, r.meta)
for args, kwargs in [((1, 2, 3), {}), ((), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
class Bad:
    def __init__(self):
        return 42
try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
