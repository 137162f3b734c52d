# The | operator merges dicts into a new one (right side wins) and |= updates in place from any mapping or pairs.
defaults = {"host": "localhost", "port": 80, "debug": False}
overrides = {"port": 8080, "debug": True}
cfg = defaults | overrides
print(cfg)
print(defaults)
print(overrides | defaults)
alias = cfg
cfg |= {"user": "admin"}
cfg |= [("port", 9000)]
print(alias is cfg, cfg)
print({} | {}, {1: "a"} | {1.0: "b"})
try:
    defaults | [("x", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    cfg |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    cfg |= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} + {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
print({**defaults, **overrides, "extra": 1} == defaults | overrides | {"extra": 1})
