# Assigning to an enclosing variable without nonlocal makes it local, so reading it first fails.
def make_counter():
    count = 0
    def inc():
        count += 1
        return count
    return inc
try:
    make_counter()()
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def shadow():
    name = "outer"
    def inner():
        name = "inner"
        return name
    return inner(), name
print(shadow())

def read_then_write():
    total = 10
    def inner():
        print("reading", total)
        total = 0
    try:
        inner()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    return total
print(read_then_write())
def fixed():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
f = fixed()
print(f(), f())
