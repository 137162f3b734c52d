# The 'c' presentation type converts an int code point; errors for ranges, floats and strings.
print(f"{65:c}{97:c}{233:c}{8364:c}{128512:c}", repr(f"{10:c}"), f"{65:>4c}|{66:*<3c}|{67:^5c}|")
print([format(n, "c") for n in range(72, 80)], format(True, "c") == "\x01", format(0x10FFFF, "c") == "\U0010FFFF")
for value, spec in [(0x110000, "c"), (-1, "c"), (1.5, "c"), ("A", "c"), (65, ".2c"), (65, ",c")]:
    try:
        print(format(value, spec))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
