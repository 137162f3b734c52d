# len() on builtin containers and objects with __len__, and the errors for missing or invalid __len__.
print(len("héllo"), len(b"h\xc3\xa9"), len([1, [2, 3]]), len({}), len({1: 2, 3: 4}), len(range(0, 10, 3)), len(set("aab")))
class Deck:
    def __init__(self, n):
        self.cards = list(range(n))
    def __len__(self):
        return len(self.cards)
print(len(Deck(52)), len(Deck(0)), bool(Deck(0)))
for bad in [5, 2.5, None, iter([1]), (x for x in "ab")]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
class Broken:
    def __init__(self, size):
        self.size = size
    def __len__(self):
        return self.size
def total_size(items):
    return sum(len(i) for i in items)
print(total_size([Broken(2), Broken(3), "ab"]))
print(total_size([Broken(1), Broken(-4)]))
