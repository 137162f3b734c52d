# Lambdas can be called immediately, take defaults and *args, and only contain one expression.
print((lambda: "no args")())
print((lambda x, y=10: x + y)(5))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda x: (lambda y: x * y))(3)(4))
square = lambda n: n * n
print(square(9), square.__name__)
ops = (lambda a, b: a + b, lambda a, b: a - b)
print([op(10, 4) for op in ops])
print((lambda s: s[::-1] if s else "<empty>")("stressed"), (lambda s: s[::-1] if s else "<empty>")(""))
f = lambda: None
print(f())
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError", e)
try:
    (lambda: 1)(2)
except TypeError as e:
    print("TypeError", e)
print((lambda *, key: key)(key="kw-only"))
print((lambda a, /, b: a + b)(1, b=2))
