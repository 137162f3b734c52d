# zip(strict=True) raises ValueError naming which argument is shorter or longer, only once exhaustion is reached.
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
cases = [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2, 3], [1, 2])]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip("abc", [1, 2], strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4, 5], strict=False)))
def pair_up(keys, values):
    return dict(zip(keys, values, strict=True))
def load_row(header, line):
    return pair_up(header, line.split(","))
header = ["id", "name", "email"]
print(load_row(header, "1,ann,a@x"))
print(load_row(header, "2,bob"))
