# Truthiness of numeric builtins: only zero values are false.
values = [0, 1, -1, 0.0, -0.0, 0.5, float("inf"), float("nan"), 0j, 1j, complex(0, 0), True, False, 10**30, -(10**30)]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(not 0, not 0.0, not 7)
print(bool(1 - 1), bool(0.1 + 0.2 - 0.3))
