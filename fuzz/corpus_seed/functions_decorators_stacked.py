# Stacked decorators apply bottom-up at definition time and run top-down at call time.
order = []

def tag(name):
    def decorator(fn):
        order.append(f"decorate {name}")
        def wrapper(*args):
            order.append(f"enter {name}")
            result = f"<{name}>{fn(*args)}</{name}>"
            order.append(f"exit {name}")
            return result
        return wrapper
    return decorator

@tag("b")
@tag("i")
@tag("u")
def text(s):
    order.append("body")
    return s

print(order)
order.clear()
print(text("hi"))
print(order)

def double(fn):
    return lambda x: fn(x) * 2
def inc(fn):
    return lambda x: fn(x) + 1

@double
@inc
def base(x):
    return x
@inc
@double
def base2(x):
    return x
print(base(5), base2(5))
