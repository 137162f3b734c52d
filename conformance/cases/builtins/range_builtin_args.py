# range() accepts ints, bools and __index__ objects for start/stop/step, and is reusable unlike iterators.
class Ten:
    def __index__(self):
        return 10
print(range(Ten()), list(range(2, Ten(), 3)), range(True), list(range(False, 3)))
r = range(3)
print(list(r), list(r), sum(r), [x * 2 for x in r])
it = iter(r)
print(next(it), list(it), list(it), list(r))
total = 0
for i in range(1, 11):
    if i % 3 == 0:
        continue
    total += i
print(total)
print(list(range(len("abc"))), [("abc"[i], i) for i in range(2, -1, -1)])
print(range(10**30, 10**30 + 3)[1], len(range(-(10**5), 10**5)))
for args in [(1.0,), ("3",), (0, 10, 0), (None,)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(stop=5)
except TypeError as e:
    print(type(e).__name__, e)
