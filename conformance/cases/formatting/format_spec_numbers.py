# The format-spec mini-language for ints and floats.
n, x = 1234567, 3.14159265
print(f"{n:,} {n:_} {n:>12,} {n:<10}| {n:^11}| {n:+} {-n:+} {n: }")
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:e} {x:.3E} {x:g} {x:%} {0.5:.0%}")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#x} {255:#b} {255:08b} {65:c}")
