# Sign options '+', '-', ' ' and the 'z' flag that normalizes negative zero.
for v in [5, -5, 0, 2.5, -2.5, -0.0, float("inf"), float("-nan")]:
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+.1f}] [{v: 06.1f}]")
print(f"{-0.0:z.1f} {-0.001:z.1f} {-0.001:.1f} {0.0:z} {-0.0:z} {-0.0:+z.2e} {-1e-10:z.3%}")
for spec in ["z", "zd", "+c"]:
    try:
        print(format(-5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
