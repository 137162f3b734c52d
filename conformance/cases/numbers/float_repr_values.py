# The shortest repr that round-trips, with exponents outside 1e-4..1e16.
for x in [0.1 + 0.2, 1e16, 1e15, 1.5e-5, 0.0001, 123456789.123, 1e-310, 2.5, -0.0, 1/3]:
    print(repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"))
