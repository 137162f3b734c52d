# Arithmetic and comparisons involving inf, -inf and nan.
inf, nan = float("inf"), float("-inf") * 0
print(inf + 1, inf - inf, inf * 0, -inf * -2, 1 / inf, -1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 400, -inf < -(10 ** 400))
print(inf == float("inf"), max(1.0, inf), min(-inf, 0), abs(-inf), -nan != -nan)
vals = [3.0, nan, 1.0]
print([v for v in vals if v == v], nan in [nan], float("nan") in [float("nan")])
print(repr(inf), str(-inf), repr(nan), repr(-nan), inf is not -inf)
print(int(1e300) > 0, inf + -inf != 0)
