# Binding the loop value through a default argument or a factory fixes late-binding closures.
fixed = []
for i in range(4):
    def show(i=i):
        return i
    fixed.append(show)
print([f() for f in fixed])
print(fixed[0](99))

def make_show(i):
    return lambda: i
factory = [make_show(i) for i in range(4)]
print([f() for f in factory])

buttons = {}
for label in ["ok", "cancel", "help"]:
    buttons[label] = lambda event, label=label: f"{label} clicked at {event}"
print(buttons["cancel"]("(3, 4)"), buttons["ok"]("(0, 0)"))

def make_multipliers():
    return [lambda x, m=m: x * m for m in (2, 3, 5)]
print([m(10) for m in make_multipliers()])

class Holder:
    def __init__(self, v):
        self.v = v
holders = [Holder(n) for n in range(3)]
snap = [lambda h=h: h.v for h in holders]
holders[0].v = "mutated"
print([s() for s in snap])
