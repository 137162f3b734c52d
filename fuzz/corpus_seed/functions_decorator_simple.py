# A simple decorator wraps a function; @ syntax is sugar for reassigning the name.
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def greet(name):
    return f"hello {name}"

print(greet("ann"))
print(greet.__name__)

def plain(name):
    return f"bye {name}"
manual = shout(plain)
print(manual("bo"), plain("bo"))

def trace(fn):
    print("decorating", fn.__name__)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper

@trace
def add(a, b):
    return a + b

print("defined")
print(add(2, 3))

def identity(fn):
    return fn
@identity
def untouched():
    return "same function"
print(untouched(), untouched.__name__)
