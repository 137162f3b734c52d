# Chained comparisons mean pairwise and, including mixed operators, in/is, and type errors.
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, 1 == 1.0 < 2)
print(1 < 2 < 3 < 4 < 3)
print(1 < 3 > 2 != 2)
print(0 <= x <= 5 == 5, x == 5 != 6)
a = [1, 2]
b = a
print(a is b is not None, 2 in a in [a, []], 3 not in a)
print("a" < "b" < "c", (1, 2) < (1, 3) <= (2,))
try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 > 2 < "a")
except TypeError as e:
    print("not reached", e)
else:
    print("short-circuited before comparing with str")
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError", e)
