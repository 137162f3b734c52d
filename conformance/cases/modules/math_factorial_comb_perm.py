# math.factorial, comb and perm compute exact big integers and reject invalid arguments.
import math

print([math.factorial(n) for n in range(7)])
print(math.factorial(25))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5))
print(math.comb(52, 5))
print(math.perm(5, 2), math.perm(5), math.perm(4, 0), math.perm(3, 4))
print(sum(math.comb(6, k) for k in range(7)) == 2 ** 6)

tests = [
    (math.factorial, (-1,)),
    (math.factorial, (3.0,)),
    (math.comb, (-1, 2)),
    (math.comb, (5, -2)),
    (math.perm, (5, -1)),
    (math.comb, (5.0, 2)),
]
for fn, args in tests:
    try:
        print(fn(*args))
    except (ValueError, TypeError) as e:
        print(fn.__name__, args, type(e).__name__, e)
