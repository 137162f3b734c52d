# Unary minus, plus, invert and abs on numeric types and their errors on others.
for v in [5, -5, 0, True, 2.5, -0.0, 3 - 4j, 2 ** 70]:
    print(repr(v), repr(-v), repr(+v), repr(abs(v)))
print(~5, ~-5, ~0, ~True, ~(2 ** 70), - - 3, -(-(-3)), +-+2)
for op in [lambda: -"a", lambda: +[1], lambda: abs("x"), lambda: -None, lambda: ~{}]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
