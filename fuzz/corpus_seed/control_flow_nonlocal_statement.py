# nonlocal rebinds a variable of the nearest enclosing function scope, leaving globals alone.
x = "global"

def outer():
    x = "outer"
    count = 0
    def inner():
        nonlocal x, count
        x = "changed by inner"
        count += 1
    inner()
    inner()
    return x, count

print(outer(), x)

def make_stack():
    items, size = [], 0
    def push(v):
        nonlocal size
        items.append(v)
        size += 1
    def get_size():
        return size
    return push, get_size

push, get_size = make_stack()
push(1); push(2); push(3)
print(get_size())

def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v += 10
        level3()
    level2()
    return v
print(level1())
