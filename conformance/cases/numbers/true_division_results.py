# True division always gives a float, correctly rounded even for big ints.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3)
print(10**30 / 7, (10**30 + 1) / 10**15, 2**70 / 2**69)
print(1 / 7 * 7, 0.1 * 3, 1e308 * 10)
