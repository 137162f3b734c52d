# int() parsing with explicit bases (2-36 and base 0 prefixes), whitespace, underscores, signs, and errors.
print(int("101", 2), int("ff", 16), int("FF", 16), int("777", 8), int("z", 36), int("Zz", 36))
print(int("0x1f", 16), int("0b11", 0), int("0o17", 0), int("0x_ff", 0), int("42", 0), int("1_000"))
print(int("  -12  "), int("+7"), int("\t9\n"), int("-0b101", 0), int(b"12"), int(bytearray(b"3"), 16))
print(int("10", base=3), int("0"), int("-0"), int("00", 0))
for text, base in [("12", 2), ("0x1f", 10), ("010", 0), ("", 10), ("1_", 10), ("_1", 10), ("1 2", 10), ("9", 36 + 1)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
def parse_hex_color(code):
    code = code.lstrip("#")
    return tuple(int(code[i:i + 2], 16) for i in range(0, 6, 2))
def parse_palette(codes):
    return [parse_hex_color(c) for c in codes]
print(parse_palette(["#ff8000", "00a0ff"]))
print(parse_palette(["#12345g"]))
