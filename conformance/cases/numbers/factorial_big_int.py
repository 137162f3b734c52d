# Big-int factorials and digit sums computed with plain loops.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f50 = factorial(50)
print(f50)
print(sum(int(d) for d in str(factorial(100))))
trailing = len(str(f50)) - len(str(f50).rstrip("0"))
print(trailing, len(str(factorial(200))))
print(factorial(30) // factorial(28), factorial(25) % 1_000_000_007)
print(-factorial(20), factorial(0), factorial(1))
