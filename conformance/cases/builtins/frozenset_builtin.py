# frozenset() builds an immutable, hashable set from any iterable; frozenset of a frozenset returns the same object.
fs = frozenset([3, 1, 3, 2])
print(fs, frozenset(), frozenset(range(4)), frozenset("aaa") == {"a"}, frozenset({1: "x", 2: "y"}))
print(frozenset(fs) is fs, frozenset(set(fs)) == fs, type(frozenset()).__name__)
print(sorted(frozenset("hello")), len(frozenset("mississippi")))
pairs = [(1, 2), (2, 1), (3, 4), (4, 3), (1, 2)]
unique_edges = {frozenset(p) for p in pairs}
print(len(unique_edges), sorted(sorted(e) for e in unique_edges))
print(frozenset([1, 2]).union([3]), frozenset([1, 2]).intersection([2, 5]), frozenset([1]).issubset([1, 2]))
memo = {frozenset(["b", "a"]): "ab-pair"}
print(memo[frozenset("ab")], frozenset("ab") in memo)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
