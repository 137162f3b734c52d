# itertools.pairwise produces overlapping pairs and batched yields tuples of size n, failing on a short tail with strict=True.
from itertools import pairwise, batched, tee

print(list(pairwise([1, 4, 9, 16])))
print([b - a for a, b in pairwise([3, 7, 8, 15])])
print(list(pairwise("a")), list(pairwise("")))
print(["".join(p) for p in pairwise("hello")])
print(list(batched(range(7), 3)))
print(list(batched("abcdef", 2)))
print(list(batched([], 4)))
rows = list(batched(["n1", "n2", "n3", "n4", "n5"], 2))
for i, row in enumerate(rows):
    print(i, row)
try:
    list(batched("abc", 0))
except ValueError as e:
    print(type(e).__name__, e)
print(list(batched("abcde", 2, strict=False)))
a, b = tee([1, 2, 3])
print(list(a), list(b))

def to_pairs(items):
    return [f"{x}={y}" for x, y in batched(items, 2, strict=True)]

def parse_args(argv):
    return to_pairs(argv)

print(parse_args(["--a", "1", "--b", "2"]))
print(parse_args(["--a", "1", "--b"]))
