# ord() and chr() across ASCII, BMP and astral planes, and their error messages.
print(ord("A"), ord("é"), ord("€"), ord("😀"), ord("\n"), ord("\x00"), ord("\U0010FFFF"))
print(chr(65), chr(233), chr(8364), chr(128512), repr(chr(0)), repr(chr(0xD800)), chr(0x10FFFF) == "\U0010FFFF")
alphabet = "".join(chr(ord("a") + i) for i in range(26))
print(alphabet, alphabet.upper()[::5], [ord(c) - ord("0") for c in "2024"])
for call in [lambda: chr(0x110000), lambda: chr(-1), lambda: chr(65.0), lambda: ord("ab"), lambda: ord(""), lambda: ord(65), lambda: ord(b"ab")]:
    try:
        call()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")), repr(chr(True)))
