# range length for various steps, membership tests (including floats and bools), and truthiness.
for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(0, -7, -3)]:
    print(r, len(r), list(r), bool(r))
r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r)
print(7.0 in r, 7.5 in r, True in range(2), "1" in range(3))
print(range(10**6)[-1], len(range(0, 10**6, 3)), 999999 in range(10**6))
print(len(range(-5, 5)), range(-5, 5)[0], sum(range(101)))
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range("5")
except TypeError as e:
    print(type(e).__name__, e)
