# Float floor division and modulo with infinities, nan and tiny values.
inf = float("inf")
for a, b in [(5.0, inf), (-5.0, inf), (5.0, -inf), (-5.0, -inf), (inf, 3.0), (0.0, inf)]:
    print(a, b, a // b, a % b)
print(divmod(5.0, inf), divmod(-5.0, inf), float("nan") % 2, 3 % float("nan"))
print(1e-300 % 1.0, -1e-300 % 1.0, 1e300 % 7.0, 0.7 % 0.1, 10.0 % 0.5, -10.0 % 3)
print(7.5 // 0.5, -7.5 // 0.5, 1.0 // 0.1, 1.0 % 0.1)
