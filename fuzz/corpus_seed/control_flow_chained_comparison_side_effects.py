# In a chained comparison each middle operand is evaluated once, and evaluation stops at the first false link.
log = []

def v(name, value):
    log.append(name)
    return value

print(v("a", 1) < v("b", 2) < v("c", 3))
print(log)
log.clear()
print(v("a", 1) < v("b", 0) < v("c", 3))
print(log)
log.clear()
print(v("a", 1) == v("b", 1) != v("c", 2) < v("d", 1))
print(log)
log.clear()

class Noisy:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        log.append(f"{self.n}<{other.n}")
        return self.n < other.n

print(Noisy(1) < Noisy(2) < Noisy(3) < Noisy(0) < Noisy(9))
print(log)
