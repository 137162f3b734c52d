# bin(), oct() and hex() produce prefixed strings, handle negatives and objects with __index__, and reject floats.
for n in [0, 1, 10, 255, -255, 2**40]:
    print(n, bin(n), oct(n), hex(n))
print(bin(True), hex(False), int(bin(37), 2), int(hex(255), 16), int(oct(8), 8))
print(bin(5)[2:].zfill(8), f"{5:08b}", format(255, "x"), format(255, "#X"), f"{8:o}")
class Flags:
    def __index__(self):
        return 12
print(bin(Flags()), hex(Flags()), oct(Flags()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex()
except TypeError as e:
    print(type(e).__name__, e)
print(hex(-1), bin(-1), oct(-8), hex(16**3))
