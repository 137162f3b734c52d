# math constants pi, e, inf, nan and isclose with relative and absolute tolerances.
import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.inf > 10**300)
print(math.nan == math.nan, math.isnan(math.nan), math.isinf(-math.inf))
print(math.isfinite(1e308), math.isfinite(math.inf))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=1e-2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(round(math.pi, 4), f"{math.e:.3f}", float("inf") == math.inf)
try:
    math.isclose(1.0, 2.0, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
