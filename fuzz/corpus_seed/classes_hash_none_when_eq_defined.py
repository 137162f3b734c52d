# Defining __eq__ without __hash__ sets __hash__ to None, making instances unhashable in sets and dict keys.
class Plain:
    pass

class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v

print(Plain.__hash__ is None, WithEq.__hash__ is None)
p = Plain()
print(len({p, p, Plain()}), {p: 1}[p])
w = WithEq(1)
for action in [lambda: hash(w), lambda: {w}, lambda: {w: 1}, lambda: set([WithEq(2)])]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
print(w in [WithEq(1)], w == WithEq(1))

class Child(WithEq):
    pass
print(Child.__hash__ is None)

class Restored(WithEq):
    __hash__ = object.__hash__
r = Restored(3)
print(len({r, r}), r in {r})

def index_by_value(items):
    return {item: i for i, item in enumerate(items)}

def build():
    return index_by_value([WithEq(5), WithEq(6)])

build()
