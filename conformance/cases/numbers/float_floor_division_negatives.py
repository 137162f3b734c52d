# Float floor division and modulo keep the sign of the divisor, as in CPython.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 3), (5.0, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0)
