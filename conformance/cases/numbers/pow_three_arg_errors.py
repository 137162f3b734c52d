# Three-argument pow: big exponents, negative exponents and its error messages.
print(pow(3, 10 ** 20, 1000), pow(2, 200, 10 ** 9 + 7), pow(5, -2, 13), pow(-7, 3, 11))
print(pow(10, -1, 17) * 10 % 17, pow(4, 1, 1), pow(0, 0, 5), pow(2, 5, -7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(6, -1, 9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 5.0)
except TypeError as e:
    print(type(e).__name__, e)
