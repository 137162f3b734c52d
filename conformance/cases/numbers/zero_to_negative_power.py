# Zero raised to negative or fractional powers, and other special pow results.
for base, exp in [(0, 0), (0, 5), (0.0, 0.5), (-0.0, 3), (-0.0, 2), (1, -1), (-1, -2), (4, 0.5), (2, -3), (-2, -3)]:
    print(base, exp, repr(base ** exp))
for base, exp in [(0, -1), (0.0, -1), (0, -2.5), (0.0, -0.5)]:
    try:
        base ** exp
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(pow(0, 0), pow(0.0, 0.0), float("inf") ** 0, float("nan") ** 0, 1 ** float("nan"))
