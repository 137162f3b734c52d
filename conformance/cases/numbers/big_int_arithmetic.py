# Arbitrary-precision ints: products, powers, negatives and their str.
a = 2 ** 100
b = 3 ** 60
print(a, b, a * b)
print(a - b * 10**5, -a // 7, -a % 7)
print(len(str(7 ** 500)), str(7 ** 200)[:20])
print(int("9" * 40) + 1, -(10 ** 25))
