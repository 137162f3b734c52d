# Closures created in a loop all see the loop variable's final value, because they share one binding.
funcs = []
for i in range(4):
    def show():
        return i
    funcs.append(show)
print([f() for f in funcs])
i = "changed"
print([f() for f in funcs])

def build():
    actions = []
    for name in ["save", "load", "quit"]:
        actions.append(lambda: f"run {name}")
    return actions

print([a() for a in build()])

def build_dict():
    table = {}
    for key in "abc":
        table[key] = lambda: key.upper()
    return table

t = build_dict()
print({k: fn() for k, fn in t.items()})

def while_loop():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n * 10)
        n += 1
    return out
print([f() for f in while_loop()])
