# int() parses text in a base, with prefixes, underscores and whitespace.
print(int("42"), int(" -17 "), int("1_000"), int("ff", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("101", 2), int(3.99), int(-3.99), int(True))
for s, base in [("12a", 10), ("", 10), ("0x", 16), ("09", 0), ("1__2", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
