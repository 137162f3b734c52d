# functools.wraps copies the wrapped function's name, docstring and __wrapped__ onto the wrapper.
from functools import wraps

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args} {kwargs}")
        result = fn(*args, **kwargs)
        print(f"  -> {result!r}")
        return result
    return wrapper

def plain(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper

@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b

@plain
def sub(a, b):
    """Subtract."""
    return a - b

add(2, b=3)
add(1)
print(add.__name__, add.__doc__, add.__qualname__)
print(sub.__name__, sub.__doc__, sub.__qualname__)
print(add.__wrapped__(10, 20), hasattr(sub, "__wrapped__"))

@logged
@logged
def shout(s):
    return s.upper() + "!"

print(shout("hi"), shout.__name__, shout.__wrapped__.__wrapped__("x"))
