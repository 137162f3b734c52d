# math.sqrt, floor, ceil and trunc return the expected values and types for ints, floats and negatives.
import math

print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0))
print(type(math.sqrt(16)).__name__)
print(math.floor(3.7), math.floor(-3.2), math.floor(5))
print(math.ceil(3.2), math.ceil(-3.7), math.ceil(5.0))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__)
print(math.trunc(3.9), math.trunc(-3.9), math.trunc(0.5))
print(math.floor(-0.5), math.ceil(-0.5))
print(math.floor(10**20 + 0.0) == 10**20)
for bad in ("4", None, [1]):
    try:
        math.sqrt(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.floor("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.floor(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
