# A well-behaved wrapper forwards all arguments, return values and exceptions unchanged.
def passthrough(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.wrapped = fn
    return wrapper

@passthrough
def compute(a, b=10, *rest, scale=1, **extra):
    """Compute something."""
    return (a + b + sum(rest)) * scale, extra

print(compute(1))
print(compute(1, 2, 3, 4, scale=2, note="x"))
print(compute.__name__, compute.__doc__)
print(compute.wrapped(5))

@passthrough
def fail(kind):
    if kind == "key":
        raise KeyError("missing")
    raise ValueError(f"bad kind {kind!r}")

for k in ["key", "other"]:
    try:
        fail(k)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

@passthrough
def nothing():
    pass
print(nothing())
try:
    compute()
except TypeError as e:
    print("TypeError", e)
