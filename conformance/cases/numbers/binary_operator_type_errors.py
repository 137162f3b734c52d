# Mixing numbers with non-numbers gives TypeErrors naming the operator and both types.
ops = [
    lambda: 1 + "1", lambda: "1" + 1, lambda: 2.5 - [1], lambda: [1] * 2.0, lambda: 3 * None,
    lambda: 2 ** "x", lambda: pow("x", 2), lambda: 7 // "2", lambda: 7 % (1,), lambda: 7 / {},
    lambda: 1.5 @ 2, lambda: None + None,
]
for op in ops:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print([1] * 2, 2 * "ab", (0,) * True, repr("x" * False))
