# round() with None and negative ndigits, banker's rounding on ints, and error cases.
print(round(2.5, None), round(3.5), round(250, -2), round(350, -2), round(-250, -2), round(149, -2))
print(round(1.25, 1), round(1.35, 1), round(0.125, 2), round(12345.6789, -3), round(-0.5), round(1e300, -299))
print(round(123, 2), round(123, -5), round(5.5, 0), round(1e16), round(-2.675, 2))
print(type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
for val, nd in [(float("inf"), None), (float("nan"), None), ("1.5", None), (1.5, 1.0)]:
    try:
        round(val, nd)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
