# Format specs applied to complex numbers format both parts together.
z = 3.14159 - 2.5j
print(f"{z} {z:.2f} {z:e} {z:.1g} {z:+.1f} {z:>20.3f}| {z:*^24}|")
print(f"{1j:.2f} {complex(1, 0):g} {-0.0 - 0j} {complex(1e10, 1e-10):g} {(1 + 2j) * 1000:,.1f}")
print(format(2 + 3j), format(2 + 3j, ""), format(2 + 3j, "10"), format(0j, ".3"), "{:.1f}".format(1.25 + 0.75j))
for spec in ["d", "%", "=10", "010.2f", "c"]:
    try:
        print(format(z, spec))
    except ValueError as e:
        print(type(e).__name__, e)
