# __index__ lets objects act as integers for indexing, slicing, range(), bin()/hex() and sequence repetition.
class Pos:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

items = ["a", "b", "c", "d", "e"]
print(items[Pos(1)], items[Pos(-1)], items[Pos(1):Pos(4)], "hello"[Pos(0)])
print(list(range(Pos(3))), list(range(Pos(1), Pos(10), Pos(3))))
print(bin(Pos(5)), hex(Pos(255)), oct(Pos(8)))
print("ab" * Pos(3), [0] * Pos(2), (1,) * Pos(2))
print(Pos(6).__index__() + 1, (10).__index__())
import_free = {Pos(2).__index__(): "two"}
print(import_free)
class NoIndex:
    def __int__(self):
        return 1
for fn in [lambda: items[NoIndex()], lambda: range(NoIndex()), lambda: "x" * NoIndex(), lambda: items[1.0]]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    items[BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
