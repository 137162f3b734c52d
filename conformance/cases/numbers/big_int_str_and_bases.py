# str, repr, hex, bin and int() round-trips of very large positive and negative ints.
n = 2 ** 200 + 12345
neg = -(3 ** 90)
print(str(n))
print(repr(neg))
print(hex(n), oct(2 ** 70))
print(bin(neg)[:20], len(bin(neg)))
print(int(str(n)) == n, int(hex(neg), 16) == neg, int(bin(n), 0) == n)
print(len(str(10 ** 1000)), str(-10 ** 30), abs(neg) == -neg)
print(n % 10 ** 6, n // 10 ** 55, -n // 10 ** 55)
