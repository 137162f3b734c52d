# Arbitrary-precision integers: factorials, powers, Fibonacci and conversion to text.
f = 1
for i in range(2, 1400):
    f *= i
print(len(str(f)), f % 1_000_000_007)
a, b = 0, 1
for _ in range(60_000):
    a, b = b, a + b
print(a.bit_length(), a % 999_983)
p = pow(3, 100_000)
print(p.bit_length(), pow(7, 10**18, 10**9 + 7))
x = 10**500 + 12345
total = 0
for i in range(60_000):
    total += (x * i) // (i + 1)
print(total % 10**12)
