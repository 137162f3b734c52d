# repr of floats at the edges of the exponent range and around the exponent switch points.
for x in [1e22, 1e23, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 1e-323,
          123e-20, 1e+100, 9999999999999998.0, 1e16 - 2, 0.00001, 0.0001, 1.0e-4 * 10,
          4.35, 1.1 * 3, 100.0, 1e5, 12345678901234567890.0, 2 ** 0.5, -1.5e-7]:
    print(repr(x))
print(float("1e400"), float("-1e400"), float("1e-400"), 1e308 * 10 == float("inf"))
