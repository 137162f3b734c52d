# issubset/issuperset/isdisjoint methods versus <, <=, >, >= operators, including proper subsets.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b <= b, b < b, b >= a, b > a, a > a)
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(range(1, 3)), a.issubset("12"))
print(a.isdisjoint({3, 4}), a.isdisjoint([2]), set().isdisjoint(set()))
print(set() <= a, set() < set(), {1, 5} <= b, {1, 5} >= {5})
print(frozenset(a) < b, a == frozenset({1, 2}), {1, 2} != {2, 1})
required = {"read", "write"}
granted = {"read", "write", "exec"}
print(required <= granted, required.issubset(granted), granted.issuperset({"admin"}))
print({1, 3} < {1, 2}, {1, 3} > {1, 2}, {1, 3} == {1, 2})
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.issubset(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([{1, 2, 3}, {1}, {1, 2}], key=len))
