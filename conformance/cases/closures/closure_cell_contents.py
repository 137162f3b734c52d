# A closure keeps its free variables in cells reachable through __closure__ and co_freevars.
def make(prefix, sep):
    count = 0
    def label(x):
        return f"{prefix}{sep}{x}"
    return label

f = make("item", "-")
print(f(3))
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
print(len(f.__closure__), type(f.__closure__).__name__)

def no_free():
    return 1
print(no_free.__closure__)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c(); c()
print(c.__closure__[0].cell_contents)
c.__closure__[0].cell_contents = 100
print(c())
g = lambda: f
print(g.__closure__)
