# __getattr__ is only called for attributes not found normally and can compute values or raise AttributeError.
class Settings:
    defaults = {"color": "blue", "size": 10}
    def __init__(self, **overrides):
        self.overrides = overrides
    def __getattr__(self, name):
        print("__getattr__", name)
        if name in self.overrides:
            return self.overrides[name]
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting named {name!r}")

s = Settings(size=12)
print(s.size, s.color, s.overrides)
s.color = "red"
print(s.color)
print(getattr(s, "nothing", "fallback"), hasattr(s, "nothing"))
try:
    s.nothing
except AttributeError as e:
    print(type(e).__name__, e)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(2))

def lookup(cfg, key):
    return getattr(cfg, key)

def render(cfg):
    return f"{lookup(cfg, 'color')}/{lookup(cfg, 'theme')}"

print(render(s))
