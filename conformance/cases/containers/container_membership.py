# The in operator: identity-then-equality for sequences, hashing for sets/dicts, substring for str and bytes.
print(2 in [1, 2], 2.0 in [1, 2], "2" in [1, 2], True in [1], 1 in [True])
print("ab" in "cabd", "" in "x", "ac" in "abc", ["a"] in ["a"], "a" in ["abc"])
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {"k": 1}.values(), ("k", 1) in {"k": 1}.items())
print(3 in {1, 2, 3}, 3.0 in {3}, frozenset() in {frozenset()}, (1, 2) in [[1, 2]])
print(5 in range(10), 5 not in range(0, 10, 2), 5 in iter([4, 5, 6]))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
class Bag:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("checking", x)
        return x in self.items
bag = Bag(["apple"])
print("apple" in bag, "pear" not in bag)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
