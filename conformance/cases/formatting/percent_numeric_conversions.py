# printf-style numeric conversions: %d/%i/%u truncate floats, %x/%o on negatives, %c, %r and %a.
print("%d %i %u %d %d" % (3.99, -3.99, 7, True, 10 ** 20), "%x %X %o %x" % (-255, 3054, -8, 2 ** 64))
print("%e %E %g %G %f %F" % (123456.789, 0.000123, 1e-5, 1e20, 1 / 3, float("inf")))
print("%s %r %a %s" % ("é", "é", "é", b"b"), "%c%c%c" % (80, "y", 0x1F40D), "%.3s|%5s|" % ("abcdef", None))
print("%d%%" % 50, "%.1f%%" % 99.95, "%s" % (1,), "%s %s" % (("a", "b"), [1]), "%s" % ((1, 2),))
print("%f" % 5, "%g" % 100000, "%g" % 1000000, "%.3g" % 0.0001234, "%#x" % 0, "%d" % -0.5, "%e" % 0)
