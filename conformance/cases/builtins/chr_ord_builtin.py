# chr() and ord() convert between code points and one-character strings, with range and length errors.
print(chr(65), chr(97), chr(48), ord("A"), ord("z"), ord("0"), ord(" "))
print(ord("\u00e9"), ord("\u20ac"), ord("\U0001f600"), ascii(chr(233)), ascii(chr(0x1F600)))
print(ord(b"a"), ord(bytearray(b"z")), chr(0) == "\x00", ascii(chr(1114111)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("abc xyz", 5), -5))
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("A")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
def encode_all(codes):
    return "".join(map(chr, codes))
print(encode_all([72, 105]))
print(encode_all([72, 0x110000]))
