# dict.update accepts a mapping, an iterable of pairs, keyword arguments, or combinations of these.
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ["d", 4]])
d.update(e=5, a=0)
d.update({"f": 6}, g=7)
d.update()
print(d)
print(d.update(zip(["h", "i"], [8, 9])), list(d)[-2:])
class Pairs:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
d2 = {}
d2.update(Pairs())
print(d2, dict(Pairs()))
try:
    d.update([("x", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(["ab", "c"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
