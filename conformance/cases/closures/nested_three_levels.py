# Closures nest three levels deep, each level reading and updating variables from outer levels.
def level1(a):
    log = []
    def level2(b):
        def level3(c):
            log.append((a, b, c))
            return a * 100 + b * 10 + c
        return level3
    return level2, log

l2, log = level1(1)
l3 = l2(2)
print(l3(3), l3(4), l2(5)(6))
print(log)
print(l3.__code__.co_freevars, l3.__qualname__)

def config(app):
    def section(name):
        def key(k, default=None):
            nonlocal_path = f"{app}.{name}.{k}"
            return nonlocal_path if default is None else f"{nonlocal_path}={default}"
        return key
    return section

print(config("web")("db")("host"), config("cli")("ui")("color", "on"))

def accumulate():
    total = 0
    def mid():
        def inner(x):
            nonlocal total
            total += x
            return total
        return inner
    return mid()
acc = accumulate()
print(acc(5), acc(10), acc(-3))
