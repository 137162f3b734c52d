# Lambdas created in comprehensions close over the comprehension's own variable, which ends at its last value.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
ds = {k: (lambda: k * 2) for k in "xy"}
print({k: v() for k, v in ds.items()})
nested = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in nested])

def outer(scale):
    return [lambda x: x * scale for _ in range(2)]
print([f(3) for f in outer(7)])

gen_funcs = list(lambda: n for n in range(3))
print([f() for f in gen_funcs])

base = 100
adders = [lambda x: x + base for _ in range(2)]
base = 1
print([a(1) for a in adders])
try:
    print(i)
except NameError as e:
    print("NameError", e)
