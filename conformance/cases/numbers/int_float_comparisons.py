# Comparisons between ints and floats are exact, even for huge ints.
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 10**20 < 1e20 + 1)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, float("nan") == float("nan"))
print(sorted([3, 1.5, 2, -0.5, 10**3]), max(1, 1.0), min(2.0, 2))
