# 'g' and 'G' switch between fixed and exponent notation and strip trailing zeros.
for x in [0.0, 1.0, 0.0001, 0.00001, 123456.0, 1234567.0, 1e16, 3.14159265, -2.5e-8, 100.0]:
    print(f"{x:g} {x:G} {x:.2g} {x:.0g} {x:.10g} {x:#.3g} {x}")
print(f"{float('inf'):g} {float('nan'):G} {-0.0:g} {12345:g} {10 ** 20:g} {0.5:.1g} {1.5:.1g} {2.5:.1g}")
print(f"{1e-4:.3} {1e-5:.3} {123.456:.2} {1234.5:.4} {0.1 + 0.2:.17} {1.0:.3} {1e16:}")
