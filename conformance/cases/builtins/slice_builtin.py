# slice() builds reusable slice objects from one to three arguments, usable with any sequence and __getitem__.
first_two = slice(2)
every_other = slice(None, None, 2)
tail = slice(-3, None)
data = list(range(10))
print(first_two, every_other, tail)
print(data[first_two], data[every_other], data[tail], "abcdefgh"[every_other], (1, 2, 3, 4)[tail])
record = "2024-03-15 ERROR disk full"
DATE, LEVEL, MSG = slice(0, 10), slice(11, 16), slice(17, None)
print(record[DATE], record[LEVEL], record[MSG])
print(slice(1, 5, 2).start, slice(1, 5, 2).stop, slice(1, 5, 2).step, slice(None).stop)
print(slice("a", "b"), slice(1.5, [2]), slice(None, None, None) == slice(None))
class Window:
    def __getitem__(self, item):
        if isinstance(item, slice):
            return ("slice", item.start, item.stop, item.step)
        return ("index", item)
w = Window()
print(w[3], w[1:4], w[::2], w[slice(5)])
try:
    data[slice("a", "b")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2)) == hash(slice(1, 2))
    print("slices hashable")
except TypeError as e:
    print(type(e).__name__, e)
