# Lambdas look up free variables when called; a default argument captures the value at creation.
handlers = []
for name in ["open", "save", "quit"]:
    handlers.append(lambda: f"handle {name}")
print([h() for h in handlers])

handlers = []
for name in ["open", "save", "quit"]:
    handlers.append(lambda name=name: f"handle {name}")
print([h() for h in handlers])
print(handlers[0]("override"))

adders = [lambda x, n=n: x + n for n in range(4)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(4)]
print([a(10) for a in late])

factor = 2
scale = lambda v: v * factor
print(scale(5))
factor = 10
print(scale(5))
frozen = lambda v, factor=factor: v * factor
factor = 0
print(frozen(5), scale(5))
