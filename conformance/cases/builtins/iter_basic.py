# iter() returns an iterator whose iter() is itself; each container iterator is independent and one-pass.
nums = [1, 2, 3]
it = iter(nums)
print(iter(it) is it, next(it), next(it))
it2 = iter(nums)
print(next(it2), list(it), list(it), list(it2))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(set())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__)
d = {"a": 1, "b": 2}
print(list(iter(d)), list(iter(d.values())), next(iter(d.items())))
pairs = iter([1, 2, 3, 4, 5, 6])
print(list(zip(pairs, pairs)))
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
for bad in [5, None, 2.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return 42
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
