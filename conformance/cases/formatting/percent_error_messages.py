# printf-style formatting errors: argument counts, bad characters, incomplete formats and types.
cases = [("%d %d", (1,)), ("%s", (1, 2)), ("no fields", (1,)), ("%y", (1,)), ("abc %", (1,)),
         ("%d", ("x",)), ("%x", (3.5,)), ("%c", ("ab",)), ("%c", (-1,)), ("%f", ("1.0",)),
         ("%i", (None,)), ("%o", ([],)), ("%(a)s %(b)s", {"a": 1}), ("%.2", (1,))]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
