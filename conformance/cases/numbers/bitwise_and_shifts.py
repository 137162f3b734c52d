# Bitwise operators on positive and negative ints, shifts and their errors.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(1 << 70, (1 << 70) >> 68, -16 >> 2, -1 >> 100)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
