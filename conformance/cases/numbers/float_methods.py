# float methods: is_integer, as_integer_ratio, hex.
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), (-0.1).hex())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
