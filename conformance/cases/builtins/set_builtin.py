# set() from various iterables deduplicates using hash/eq; it is the only way to write an empty set.
print(set(), type({}).__name__, type(set()).__name__, set([3, 3, 1]), set(range(3)), set((1, 1.0, True)))
print(sorted(set("banana")), len(set("mississippi")), set({1: "a", 2: "b"}), set(b"aab"))
print(set(x % 3 for x in range(10)), set([(1, 2), (1, 2), (2, 1)]) == {(1, 2), (2, 1)})
emails = ["A@x.com", "b@y.org", "a@x.com", "B@Y.org", "c@z.net"]
print(len(set(e.lower() for e in emails)), sorted(set(e.split("@")[1].lower() for e in emails)))
a = set([1, 2, 3])
b = set(a)
b.add(4)
print(a, b, set(a) == a, set(a) is a)
class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
print(len(set([Tag("py"), Tag("PY"), Tag("rs")])))
try:
    set([[1], [2]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
