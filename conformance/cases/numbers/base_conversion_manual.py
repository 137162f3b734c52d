# Converting ints to arbitrary bases with divmod and back with int(s, base); base 40 fails.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

def check(n, base):
    s = to_base(n, base)
    return s, int(s, base) == n

for n, base in [(255, 2), (255, 16), (-1000, 7), (0, 5), (2 ** 70, 36), (123456789, 36)]:
    print(n, base, *check(n, base))
print([to_base(i, 3) for i in range(10)])
print(sum(int(d) for d in to_base(2 ** 100, 10)), to_base(-(2 ** 20), 16) == hex(-(2 ** 20)).replace("0x", ""))
print(check(1599, 40))
