# Without __iter__, iteration calls __getitem__ with 0, 1, 2... until IndexError is raised.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError(i)
        return i * i

print(list(Squares(3)))
for v in Squares(2):
    print("value", v)
print(4 in Squares(5))
a, b = Squares(2)
print(a, b)

class Letters:
    def __getitem__(self, i):
        return "abcde"[i]
print(list(Letters()), "".join(reversed(list(Letters()))))
it = iter(Letters())
print(next(it), next(it))

class StopsWithKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(StopsWithKeyError())
except KeyError as e:
    print(type(e).__name__, e)
