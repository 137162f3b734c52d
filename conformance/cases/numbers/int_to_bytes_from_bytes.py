# int.to_bytes and int.from_bytes with byte orders, signedness, defaults and overflow errors.
print((1000).to_bytes(4, "big"), (1000).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(), (0).to_bytes(0, "big"), (-128).to_bytes(1, "little", signed=True), (2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b""), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80"), int.from_bytes(b"\x80", signed=True))
n = 123456789123456789
print(int.from_bytes(n.to_bytes(8, "little"), "little") == n)
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
             lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big")]:
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
