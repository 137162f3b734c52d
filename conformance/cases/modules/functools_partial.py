# functools.partial freezes positional and keyword arguments that later calls can extend or override.
from functools import partial

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square(3, exponent=4))
two_to = partial(power, 2)
print([two_to(n) for n in range(5)])
print(square.func is power, square.args, square.keywords, two_to.args)

def log(level, msg, *, sep=": "):
    return f"{level}{sep}{msg}"

warn = partial(log, "WARN")
print(warn("disk low"), warn("cpu", sep=" - "))
int_from_bin = partial(int, base=2)
print(int_from_bin("1011"), int_from_bin("0"))
print(sorted(["b10", "a2", "c1"], key=partial(lambda i, s: s[i:], 1)))
nested = partial(partial(power, 3), 2)
print(nested(), nested.args)
try:
    two_to(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
