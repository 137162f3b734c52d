# bytes.hex (with separators) and bytes.fromhex round-trips, including whitespace handling and bad input errors.
raw = bytes([0, 15, 16, 255, 171])
print(raw.hex(), raw.hex(":"), raw.hex("-", 2), raw.hex(" ", -2))
print(bytes.fromhex("000f10ffab") == raw, bytes.fromhex(" 01 02\n03 "), bytes.fromhex(""))
print(bytearray.fromhex("41 42"), bytearray(b"\x01\xff").hex())
print(b"".hex(), "deadbeef".upper(), bytes.fromhex("DEADBEEF").hex())
mac = bytes.fromhex("a1b2c3d4e5f6")
print(mac.hex(":").upper(), list(mac[:2]))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("0 1")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(type(e).__name__, e)
try:
    raw.hex("::")
except ValueError as e:
    print(type(e).__name__, e)
