# Number-theory helpers written with % and //: gcd, lcm, a sieve, factorisation; lcm(0, 0) fails.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return abs(a * b) // gcd(a, b)

def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, 8):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i, ok in enumerate(sieve) if ok]

def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

print(gcd(48, 180), gcd(-12, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6))
print(primes_upto(60))
print(factorize(360), factorize(97), factorize(2 ** 10 * 3 ** 5 * 101))
print(gcd(2 ** 100, 6 ** 50) == 2 ** 50, lcm(2 ** 64, 3 ** 40) == 2 ** 64 * 3 ** 40)
print(lcm(0, 0))
