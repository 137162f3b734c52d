# Printed order of small-int sets follows hash-table slots, not insertion order or sorted order.
print({3, 1, 2}, {1, 2, 3}, set([2, 3, 1]))
print(set(range(10, 0, -1)), {n * n for n in range(6)})
print({0, -1, -2, 5}, {100, 7, 42})
s = set()
for n in [8, 3, 5, 1]:
    s.add(n)
print(s, sorted(s), list(s) == sorted(s))
print({1, 2} | {5, 4}, {9, 8, 7} - {8}, frozenset([6, 4, 2]))
evens = set(range(0, 20, 2))
print(evens, len(evens))
print({True, False, 2}, {1.0, 2, 3.5} == {1, 2, 3.5})
print(sorted({"b", "a", "c"}), len({"x", "x", "y"}))
