# Integer powers stay exact ints while negative or fractional exponents give floats.
print((-2) ** 63, (-2) ** 64, 3 ** 200 % 1000 == pow(3, 200, 1000), 10 ** 0)
print(2 ** -1, 10 ** -3, (-3) ** -2, (-3) ** -3, 4 ** 0.5, 2 ** 0.5 * 2 ** 0.5)
print(2 ** 2 ** 3, (2 ** 2) ** 3, -2 ** 2, (-2) ** 2, 2 ** -2 ** 2)
print(type(10 ** 2).__name__, type(10 ** -2).__name__, type(10.0 ** 2).__name__, len(str(9 ** 999)))
print(1.5 ** 2, (-1.5) ** 3, 0.5 ** 10, 100 ** 0.5)
print(pow(2, 10), pow(2.0, 3), pow(-8, 1), pow(True, 5), pow(2, True))
