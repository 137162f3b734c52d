# Bitwise operators and @ on floats raise TypeError naming the operator, in-place forms too.
pairs = [(-0.0, 0.5), (1.0, 2.0), (1.5, 3), (2, 0.5)]
for a, b in pairs:
    for name, op in [("&", lambda x, y: x & y), ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y), ("<<", lambda x, y: x << y), ("@", lambda x, y: x @ y)]:
        try:
            op(a, b)
        except TypeError as e:
            print(name, e)
x = 1.0
try:
    x &= 2.0
except TypeError as e:
    print("&=", e)
print(~5, 5 & 3, -0.0 + 0.5)
