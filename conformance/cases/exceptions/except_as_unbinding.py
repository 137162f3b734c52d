# The name bound by `except ... as e` is deleted when the handler ends, even if it existed before.
e = "original value"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError", err)

def func():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return f"UnboundLocalError {err} | saved={saved!r}"
print(func())

err_copy = None
try:
    int("x")
except ValueError as problem:
    err_copy = problem
print(type(err_copy).__name__, err_copy)
print("problem" in dir())
try:
    pass
except ValueError as never:
    pass
print("never" in dir())
