# A class body runs top to bottom like code; names defined earlier are usable later, but not inside methods.
log = []
class Palette:
    log.append("body start")
    base = ["red", "green"]
    extended = base + ["blue"]
    count = len(extended)
    for i, name in enumerate(extended):
        log.append(f"{i}:{name}")
    del i, name
    upper = [c.upper() for c in extended]
    if count > 2:
        mode = "rich"
    else:
        mode = "basic"
    def first(self):
        return self.base[0]
    def broken(self):
        return base
    log.append("body end")

print(log)
print(Palette.extended, Palette.count, Palette.upper, Palette.mode)
print(sorted(k for k in vars(Palette) if not k.startswith("_")))
print(Palette().first(), hasattr(Palette, "i"))
try:
    Palette().broken()
except NameError as e:
    print(type(e).__name__, e)
x = "module x"
class Scope:
    x = "class x"
    y = x
    def get_x(self):
        return x
print(Scope.y, Scope().get_x())
