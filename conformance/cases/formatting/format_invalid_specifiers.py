# Malformed format specifiers produce "Invalid format specifier" and related ValueErrors.
cases = [(1, "abc"), (1.5, "10.2.3f"), ("s", "5q"), (1, ".f"), (1, "2,3"), (1.5, "."), ("s", "<<<"),
         (1, "-+"), (3.0, "10z"), ([1], "x"), (None, "d"), (1, "{}")]
for value, spec in cases:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    format(1, "9" * 30)
except ValueError as e:
    print(type(e).__name__, e)
