# Replacement fields with attribute and index chains; index keys that are not digits are strings.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Shape:
    def __init__(self):
        self.points = [Point(1, 2), Point(3, 4)]
        self.meta = {"name": "tri", "0": "zero-str"}

s = Shape()
print("{0.points[1].x} {0.points[0].y} {0.meta[name]}".format(s), "{.points[0].x}".format(s))
print("{s.meta[name]!r:>8} {p[0][1]} {d[key with space]}".format(s=s, p=[[5, 6]], d={"key with space": 7}))
print("{0[0]} {0[-1]}".format({0: "int-key", "-1": "str-key"}), "{.real}".format(3), "{[1]}".format("xyz"))
for t, arg in [("{0.missing}", s), ("{0[5]}", [1]), ("{0[x]}", [1]), ("{0[nope]}", {}), ("{0.points[}", s), ("{0[0].}", [1]), ("{0.meta[0]}", s)]:
    try:
        print(t.format(arg))
    except (AttributeError, IndexError, TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
