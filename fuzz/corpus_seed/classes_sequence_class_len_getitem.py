# A custom sequence with __len__ and __getitem__ handles negative indices and slices and works with reversed().
class Window:
    def __init__(self, data, start, stop):
        self.data, self.start, self.stop = data, start, stop
    def __len__(self):
        return self.stop - self.start
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("window index out of range")
        return self.data[self.start + i]

w = Window("abcdefghij", 2, 7)
print(len(w), w[0], w[-1], w[4], list(w))
print(w[1:3], w[::-1], w[::2], w[-2:], w[10:20])
print(list(reversed(w)), "".join(w), "e" in w, "a" in w)
print(sorted(w, reverse=True), list(enumerate(w))[:2])
for i in [5, -6]:
    try:
        w[i]
    except IndexError as e:
        print(type(e).__name__, e)
print(slice(1, 8, 3).indices(5), slice(None, None, -1).indices(4))
