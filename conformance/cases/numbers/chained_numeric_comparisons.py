# Chained comparisons mixing ints, floats and bools, plus comparison type errors.
x = 5
print(1 < x < 10, 1 < x > 4, 0 <= x <= 4, 1 < 2.0 < 3, False < True < 2, 3 == 3.0 == 3 + 0j)
print(1 < 2 > 1.5 != 0, x < 10 < 10 ** 100 < float("inf"), -1 < -0.5 < -0.0 <= 0 < True)
print([n for n in range(-3, 12) if 0 < n % 4 < 2 or 9 <= n <= 10])
print(not 1 < 0, (1 < 2) < 3, 1 < (2 < 3), float("nan") < 1 or float("nan") >= 1)
for pair in [(1, "1"), (2.5, None), (1j, 1j), ([1], 1)]:
    try:
        pair[0] < pair[1]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1 < 2 < "3"
except TypeError as e:
    print(type(e).__name__, e)
