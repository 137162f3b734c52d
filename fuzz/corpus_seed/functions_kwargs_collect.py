# **kwargs collects extra keyword arguments into a fresh dict that preserves call order.
def build(**fields):
    print(type(fields).__name__, fields)
    return fields

build()
build(b=2, a=1, c=3)
d = {"x": 1}
r = build(**d)
print(r is d, r == d)

def tag(name, **attrs):
    parts = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{name}{parts}>"

print(tag("div"))
print(tag("a", href="/home", id="nav"))
print(tag("input", **{"type": "text", "data-x": "1"}))

def merge(defaults, **overrides):
    out = dict(defaults)
    out.update(overrides)
    return out

print(merge({"color": "red", "size": 1}, size=3, weight="bold"))

def describe(**kw):
    return sorted(kw.items())
print(describe(name="n", **{"name2": 2}))
try:
    tag("p", **{1: "x"})
except TypeError as e:
    print("TypeError", e)
