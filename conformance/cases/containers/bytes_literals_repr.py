# bytes literal forms and repr: escapes, quotes, non-ASCII bytes shown as \x.., and raw/concatenated literals.
print(b"abc", b'it\'s', b"say \"hi\"", b'both \' and "')
print(b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"\\", rb"\d+\n")
print(b"ab" b"cd", len(b"\x00"), len(rb"\x00"))
print(repr(b""), bytes(3), bytes([65, 66, 10]), bytes(range(250, 256)))
print(b"A" == bytes([65]), b"a" * 3, b"ab" + b"cd")
print(bytes("héllo", "utf-8"), "héllo".encode(), "abc".encode("ascii"))
print(str(b"xy"), f"{b'xy'}", "%s" % b"z")
print(bytes.fromhex("de ad be ef"), b"%d-%s" % (5, b"x"))
try:
    bytes("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(["a"])
except TypeError as e:
    print(type(e).__name__, e)
