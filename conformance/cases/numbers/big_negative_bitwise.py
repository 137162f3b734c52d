# Bitwise operations on huge negative ints behave like infinite two's complement.
big = 2 ** 70
print(-big & 0xFF, -big | 1, (-big) ^ -1, ~big)
print((big - 1) & -(2 ** 64), (-big - 1) >> 65, -big >> 200, big >> 200)
print(-(2 ** 100) & (2 ** 100 - 1), -1 & big == big, (big | 5) & ~big)
mask = (1 << 32) - 1
print([(x & mask) for x in (-1, -2, 2 ** 40 + 3, -(2 ** 33))])
print(hex(-big & ((1 << 72) - 1)), (-5) ^ (2 ** 80))
