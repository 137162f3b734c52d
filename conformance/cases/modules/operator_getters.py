# operator.itemgetter, attrgetter, methodcaller and arithmetic functions used as sort keys; a missing key escapes.
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [{"name": "bo", "age": 30}, {"name": "al", "age": 25}, {"name": "cy", "age": 30}]
print(sorted(rows, key=itemgetter("age", "name")))
print(list(map(itemgetter(1), [(1, "a"), (2, "b")])), itemgetter(0, -1)("hello"))
print(itemgetter(slice(1, 3))([10, 20, 30, 40]))

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.meta = {"tag": f"p{x}"}

pts = [Pt(3, 1), Pt(1, 2), Pt(2, 0)]
print([p.x for p in sorted(pts, key=attrgetter("y"))], attrgetter("x", "y")(pts[0]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("a,b,c"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.mod(-7, 3), operator.pow(2, 8), operator.concat([1], [2]))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.not_(0), operator.contains("abc", "b"))
print(operator.getitem({"k": 9}, "k"), operator.index(7))
try:
    attrgetter("z")(pts[0])
except AttributeError as e:
    print(type(e).__name__, e)

def by_field(records, field):
    return sorted(records, key=itemgetter(field))

def report(records):
    return [r["name"] for r in by_field(records, "score")]

report(rows)
