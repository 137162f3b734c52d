# Lambdas created in a comprehension close over the loop variable, seeing its final value unless bound by a default.
adders = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders])
fixed = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fixed])
def make_multiplier(n):
    return lambda x: x * n
multipliers = [make_multiplier(n) for n in range(1, 4)]
print([m(5) for m in multipliers])
handlers = {name: (lambda name=name: f"handling {name}") for name in ["save", "load"]}
print(handlers["save"](), handlers["load"]())
late = {name: (lambda: f"handling {name}") for name in ["save", "load"]}
print(late["save"](), late["load"]())
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])
funcs = [lambda: k for k in "ab"]
print([f() for f in funcs], [f.__name__ for f in funcs])
print([f.__closure__ is not None for f in adders][:1], [f.__closure__ for f in fixed][:1])
