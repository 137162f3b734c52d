# Powers: negative exponents give floats, three-argument pow, modular inverse.
print(2 ** 10, 2 ** -2, (-2) ** 3, (-8) ** (1/3) == (-8) ** (1/3))
print(pow(3, 4, 5), pow(2, -1, 7), pow(7, 0, 13), pow(-3, 3, 10))
print(0 ** 0, 0.0 ** 0, 1 ** 1000, (-1) ** 1001)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
