# math.gcd, lcm and isqrt work on integers, including zero, negatives and many arguments.
import math

print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9), math.gcd(-12, 8))
print(math.gcd(), math.gcd(7), math.gcd(24, 36, 60))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10**20))

def simplify(num, den):
    g = math.gcd(num, den)
    return num // g, den // g

print(simplify(84, 126), simplify(5, 10))
print([n for n in range(1, 50) if math.isqrt(n) ** 2 == n])
try:
    math.gcd(2.5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(4.0)
except TypeError as e:
    print(type(e).__name__, e)
