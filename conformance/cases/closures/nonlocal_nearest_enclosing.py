# nonlocal binds the nearest enclosing function that defines the name, skipping levels that do not.
def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x = "set by c"
        c()
        return x
    result = b()
    return x, result
print(a())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
    middle()
    return x
print(outer())

def counters():
    n = 0
    def level1():
        nonlocal n
        n += 1
        def level2():
            nonlocal n
            n += 10
        level2()
        return n
    return level1
f = counters()
print(f(), f())
