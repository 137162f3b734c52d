# '*' takes width and precision from the argument tuple in printf-style formatting.
print("[%*d] [%-*d] [%.*f] [%*.*f] [%-*s|]" % (6, 42, 6, 42, 2, 3.14159, 10, 3, 2.71828, 4, "ab"))
for width in range(1, 6, 2):
    print("%*s|%-*s|" % (width, "x", width, "y"))
print("[%*d]" % (-6, 7), "[%.*s]" % (2, "abcdef"), "[%0*d]" % (5, 3), "[%.*e]" % (1, 12345.0))
for fmt, args in [("%*d", ("5", 1)), ("%.*f", (1.5, 2.0)), ("%*d", (5,)), ("%*.*f", (5, 2))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print(type(e).__name__, e)
