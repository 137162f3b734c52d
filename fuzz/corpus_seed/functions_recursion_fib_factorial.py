# Classic recursive functions: factorial, fibonacci, gcd, power set, and permutations.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out

print([factorial(n) for n in range(8)])
print(factorial(25))
print([fib(n) for n in range(15)])
print(gcd(1071, 462), gcd(17, 5))
print(subsets([1, 2, 3]))
print(permutations("abc"))
