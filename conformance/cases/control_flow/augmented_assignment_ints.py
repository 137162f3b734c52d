# Augmented assignment operators on ints and floats, including errors for bad operands.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x >>= 3; print(x)
x <<= 2; print(x)
x &= 0b1111; print(x)
x |= 0b10000; print(x)
x ^= 0b101; print(x)
x /= 2; print(x, type(x).__name__)
y = 7
y **= -1; print(y)
n = 2
for _ in range(6):
    n *= n
print(n)
try:
    z = 1
    z += "a"
except TypeError as e:
    print("TypeError", e)
try:
    z = 5
    z //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, z)
