# Result types when mixing bool, int, float and complex in arithmetic.
values = [True, 7, 2.5, 1j]
for a in values:
    row = []
    for b in values:
        row.append(type(a + b).__name__)
    print(type(a).__name__, row)
print(type(7 / 7).__name__, type(7 // 7).__name__, type(7.0 // 7).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__)
print(type(True + True).__name__, type(-True).__name__, type(True & False).__name__, type(True / True).__name__)
print(isinstance(True, int), isinstance(1, float), issubclass(bool, int), isinstance(1j, complex))
print(type(abs(-3)).__name__, type(abs(-3j)).__name__, type(round(2.5)).__name__, type(divmod(7.0, 2)[0]).__name__)
