# getattr() with and without a default, dynamic attribute names, and the AttributeError when none is given.
class Config:
    debug = False
    def __init__(self):
        self.host = "localhost"
    def port(self):
        return 8080
cfg = Config()
print(getattr(cfg, "host"), getattr(cfg, "debug"), getattr(cfg, "missing", None), getattr(cfg, "missing", 0))
print(getattr(cfg, "port")(), getattr(Config, "debug"), getattr("abc", "upper")())
for field in ["host", "debug", "timeout"]:
    print(field, "=", getattr(cfg, field, "<unset>"))
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
lz = Lazy()
print(getattr(lz, "x_value"), getattr(lz, "other", "fallback"))
try:
    getattr(cfg, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(cfg)
except TypeError as e:
    print(type(e).__name__, e)
def read_setting(obj, name):
    return getattr(obj, name)
def load(obj, names):
    return {n: read_setting(obj, n) for n in names}
print(load(cfg, ["host", "debug"]))
print(load(cfg, ["host", "timeout"]))
