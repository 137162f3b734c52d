# The '#' alternate form: base prefixes for ints and kept decimal points or zeros for floats.
for n in [0, 10, -255, 2 ** 40]:
    print(f"{n:#b} {n:#o} {n:#x} {n:#X} {n:#010x} {n:#_b}")
print(f"{3.0:#.0f} {3.0:.0f} {2.5:#g} {2.5:g} {100.0:#.3g} {1e-5:#g} {5.0:#.0e} {0.0:#}")
print(f"{12:#d} {12:#.2%}", format(3, "#.0f"), format(1.0, "#"), format(1e20, "#.2g"))
print("%#x %#o %#X %#.0f %#g" % (255, 8, 255, 2.0, 1.5))
for value, spec in [("s", "#"), (65, "#c")]:
    try:
        format(value, spec)
    except ValueError as e:
        print(type(e).__name__, e)
