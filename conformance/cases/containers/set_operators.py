# Set operators |, &, -, ^ and their in-place forms; operators require sets while methods accept iterables.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (8,)), a.intersection(range(3, 10)), a.difference([1], [2]), a.symmetric_difference([4, 6]))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 7}
print(c)
alias = c
c |= {0}
print(alias is c, alias)
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
print(a | frozenset({0}), type(a | frozenset({0})).__name__, type(frozenset({0}) | a).__name__)
print(a.union(), a.intersection(), a.union() is a)
