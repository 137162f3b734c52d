# reversed() works on sequences, dicts and objects with __reversed__ or __len__/__getitem__, but not on sets or iterators.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(0, 10, 4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), "".join(reversed("stressed")))
class Playlist:
    def __init__(self, songs):
        self.songs = songs
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        return self.songs[i].upper()
class Custom:
    def __reversed__(self):
        return iter(["z", "y"])
print(list(reversed(Playlist(["a", "b", "c"]))), list(reversed(Custom())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
nums = [1, 2, 3]
rv = reversed(nums)
nums[0] = 100
print(list(rv))
for bad in [{1, 2}, iter([1]), 5, (x for x in "a")]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
