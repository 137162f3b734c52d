# keys() and items() views support set operators with other iterables, producing plain sets.
a = {1: "one", 2: "two", 3: "three"}
b = {2: "TWO", 3: "three", 4: "four"}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(type(a.keys() & b.keys()).__name__)
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(a.keys() & [1, 4, 5], a.keys() - {1}, {5, 6} | a.keys())
print(a.keys() <= {1, 2, 3, 4}, a.keys() >= {1}, a.keys().isdisjoint({7, 8}))
print(a.keys() == {1, 2, 3}, a.keys() == b.keys())
common = {k: (a[k], b[k]) for k in sorted(a.keys() & b.keys())}
print(common)
changed = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
print(changed)
try:
    a.values() & b.values()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.keys() & 5
except TypeError as e:
    print(type(e).__name__, e)
print(a.values() == a.values())
