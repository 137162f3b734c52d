# Integer values accept float presentation types and are converted, even when huge.
for n in [0, 7, -12, 10 ** 20, 2 ** 64]:
    print(f"{n:f} {n:.2e} {n:g} {n:.1%} {n:E} {n:G}")
print(f"{True:f} {False:.1e} {3:.0f} {7:010.3f} {-1:+g}")
try:
    format(10 ** 400, "f")
except OverflowError as e:
    print(type(e).__name__, e)
for value, spec in [(1.5, "x"), (1.5, "b"), (1.5, "o"), (2.0, "d"), (1j, "d"), ("3", "f")]:
    try:
        format(value, spec)
    except ValueError as e:
        print(type(e).__name__, e)
