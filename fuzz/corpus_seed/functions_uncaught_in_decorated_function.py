# An exception escaping a decorated function shows the wrapper frame between caller and callee.
def require_positive(fn):
    def wrapper(*args):
        for a in args:
            if a <= 0:
                raise ValueError(f"{fn.__name__} needs positive arguments, got {a}")
        return fn(*args)
    return wrapper

@require_positive
def ratio(a, b):
    return a / b

@require_positive
def log_ratio(a, b):
    return ratio(a, b) - ratio(a - b, b)

print(ratio(6, 3))
print(log_ratio(6, 2))
print(log_ratio(4, 4))
