# The 'n' type (C locale, like 'd'/'g') and the '%' type with precision and signs.
for v in [0, 1234567, -42]:
    print(f"{v:n} {v:10n}| {v:d}")
for v in [3.14159, 1234567.0, 1e-7, 100.0]:
    print(f"{v:n} {v:14n}| {v:.3n} {v:g}")
print(f"{0.256:%} {0.256:.1%} {-0.005:.0%} {0.125:.0%} {0.135:.0%} {1:%} {2:.0%} {1.5:+.2%} {0.5:>8.1%}|")
print(f"{float('inf'):%} {float('nan'):.1%} {1e-9:.3%} {12345.678:,.1%} {1/3:.4%}")
for value, spec in [("x", "%"), ("x", "n"), (1, ",n")]:
    try:
        format(value, spec)
    except ValueError as e:
        print(type(e).__name__, e)
