# Objects with only __getitem__ are iterable via the legacy sequence protocol, stopping at IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError("out of range")
        return i * i
sq = Squares(3)
print(list(sq))
print(4 in sq)
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))
print(sum(Squares(4)), sorted(Squares(3), reverse=True), list(enumerate(Squares(2))))
class KeyErrorStop:
    def __getitem__(self, i):
        if i > 1:
            raise KeyError(i)
        return i
try:
    list(KeyErrorStop())
except KeyError as e:
    print(type(e).__name__, e)
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "x"
print(list(StopsEarly()))
