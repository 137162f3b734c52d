# math.prod, fsum, copysign, fabs, fmod and modf give precise results on sample data.
import math

prices = [0.1] * 10
print(sum(prices), math.fsum(prices))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10))
print(math.prod([0.5, 4]), math.prod(range(1, 11)))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1))
print(math.fabs(-7), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.modf(-2.5))
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(math.degrees(math.pi), math.radians(180) == math.pi)
try:
    math.prod(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.fsum([1, "2"])
except TypeError as e:
    print(type(e).__name__, e)
