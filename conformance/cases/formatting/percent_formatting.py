# printf-style % formatting with flags, width and precision.
print("%s %r %d %5.2f %-5d| %05d %x %X %o %e %g %%" % ("s", "r", 42, 3.14159, 7, 42, 255, 255, 8, 12345.678, 0.0001))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"), "%+d % d" % (5, 5))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", (1, 2))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print(type(e).__name__, e)
