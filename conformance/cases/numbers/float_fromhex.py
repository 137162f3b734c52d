# float.fromhex parses hex float notation and float.hex round-trips exactly.
for s in ["0x1.8p1", "0x1p-2", "-0x1.fffffffffffffp+1023", "0x.8", "0X10", "  0x1p0  ", "inf", "-nan", "0x1.0000000000001p0"]:
    print(repr(s), repr(float.fromhex(s)))
for x in [0.1, -2.75, 1e300, 5e-324, 0.0]:
    print(x.hex(), float.fromhex(x.hex()) == x)
for s in ["0x", "1.5", "0x1p", "0xg"]:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print(type(e).__name__, e)
