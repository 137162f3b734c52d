# A decorator factory takes arguments and returns the real decorator.
def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(sides):
    return sides
print(roll(6))

def validate(**types):
    def decorator(fn):
        def wrapper(**kwargs):
            for name, expected in types.items():
                if not isinstance(kwargs.get(name), expected):
                    raise TypeError(f"{name} must be {expected.__name__}")
            return fn(**kwargs)
        return wrapper
    return decorator

@validate(qty=int, name=str)
def order(qty, name):
    return f"{qty} x {name}"

print(order(qty=2, name="pen"))
for bad in [{"qty": "2", "name": "pen"}, {"qty": 2, "name": None}]:
    try:
        order(**bad)
    except TypeError as e:
        print("TypeError", e)

def prefix(text=">>"):
    return lambda fn: lambda *a: f"{text} {fn(*a)}"

@prefix("##")
def b(x): return x * 2
print(b(2), prefix()(len)("abc"))
