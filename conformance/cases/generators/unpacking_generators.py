# Generators can be unpacked with * and in assignment, with errors for wrong counts.
def gen(n):
    yield from range(n)

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
print([*gen(3), *gen(2)])
print(*gen(4), sep="-")
try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print(type(e).__name__, e)

def combine(a, b, c=0):
    return a + b + c

print(combine(*gen(3)))
print(combine(*(x * 10 for x in range(2))))
combine(*gen(5))
