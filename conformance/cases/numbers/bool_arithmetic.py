# bool is an int subclass: arithmetic, sums and comparisons.
print(True + True, True * 10, False - 1, True / 2, -True)
print(sum([True, False, True]), isinstance(True, int), True == 1, hash(True) == hash(1))
print(True & False, True | False, True ^ True, ~True)
print({1: "one", True: "true"})
