# int() with explicit bases: matching prefixes, underscores after prefixes and base errors.
print(int("0x1F", 16), int("0b1101", 2), int("0o777", 8), int("0x_ff", 0), int("0b_1_0", 0), int("Zz", 36))
print(int("-0x10", 0), int("+0o10", 0), int("  0b11\n", 0), int("000", 0), int("0_0", 0), int("10", base=3))
for s, base in [("0x10", 10), ("0b12", 2), ("08", 8), ("0o8", 0), ("_1", 10), ("1_", 16), ("0x", 0), ("- 5", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for base in [1, 37, -2]:
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(15, 16)
except TypeError as e:
    print(type(e).__name__, e)
