# float methods: is_integer, as_integer_ratio, hex.
# xfail: output differs from CPython at line 2 (got: 0x1.0p+0 0x1.0p-1 -0x1.999999999999ap-4)
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), (-0.1).hex())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
