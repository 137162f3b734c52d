# 'e' and 'E' presentation types: precision, exponent digits, ints and special values.
for x in [0.0, 1.0, -12345.678, 1e100, 1.5e-300, 5e-324, 123456789]:
    print(f"{x:e} {x:.2e} {x:E} {x:.0e} {x:#.0e} {x:12.3e}|")
print(f"{float('inf'):e} {float('-inf'):E} {float('nan'):E} {float('nan'):.2e} {10 ** 30:e} {-7:.1E}")
print(f"{2.5:.0e} {3.5:.0e} {9.9999:.2e} {0.000123:e} {True:e}")
