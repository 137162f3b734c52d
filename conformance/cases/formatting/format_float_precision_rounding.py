# Float precision in 'f' formatting rounds the exact binary value, half to even.
for x in [0.125, 0.375, 2.5, 3.5, 1.005, 2.675, 0.5, 1.5, -0.5, 9.995]:
    print(repr(x), f"{x:.0f} {x:.1f} {x:.2f} {x:.20f}")
print(f"{1/3:.15f} {2/3:.0f} {1e20:.2f} {1e-20:.5f} {123.456:.0f} {1e22:f} {1.5e-7:f}")
print(f"{0.1:.17f} {0.1:.30f} {1.23456789e8:.3f} {-1e-10:.3f}")
