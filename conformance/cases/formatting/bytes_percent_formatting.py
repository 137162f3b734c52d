# printf-style formatting on bytes: %s needs bytes-like, %d/%x work, %c takes ints or one byte.
print(b"%s=%d" % (b"key", 42), b"%5s|%-5s|" % (b"ab", b"cd"), b"%x %o %05.1f" % (255, 8, 2.5))
print(b"%c%c" % (65, b"B"), b"%r" % "é", b"%a" % "é", b"%b" % bytearray(b"ba"), b"%%" % ())
print(b"%(k)s" % {b"k": b"v"}, b"%s" % memoryview(b"mv"), bytearray(b"%d") % 7)
for fmt, args in [(b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", b"ab"), (b"%d %d", (1,)), (b"%y", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
