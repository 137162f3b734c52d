# math.log with default and explicit bases, log2, log10, exp and pow, plus domain errors.
import math

print(math.log(1), math.log(math.e))
print(math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.log(100, 10), math.log10(0.001))
print(math.log2(2 ** 100), math.log2(2 ** 1000))
print(math.exp(0), math.pow(2, 10), math.pow(9, 0.5))
print(round(math.log(10), 6), round(math.log(81, 3), 9))
for args in [(0,), (-1,), (10, 1), (10, 0)]:
    try:
        print(math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print("log", args, type(e).__name__, e)
try:
    math.log10(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
