# Class patterns with more positional sub-patterns than __match_args__ allows raise TypeError at match time.
class A:
    pass
class P:
    __match_args__ = ("x",)
    def __init__(self, x, y=0):
        self.x, self.y = x, y
def try_match(subject, which):
    try:
        match subject:
            case A(v) if which == "A1":
                return ("A1", v)
            case P(a, b) if which == "P2":
                return ("P2", a, b)
            case int(a, b) if which == "int2":
                return ("int2", a, b)
            case P(a, y=b):
                return ("P ok", a, b)
    except TypeError as e:
        return (type(e).__name__, str(e))
    return "no match"

print(try_match(A(), "A1"))
print(try_match(P(1, 2), "P2"))
print(try_match(5, "int2"))
print(try_match(P(1, 2), "other"))
print(try_match("str subject", "A1"))

def classify(node):
    match node:
        case P(x):
            return f"P({x})"
        case A(kind):
            return f"A({kind})"

def walk(nodes):
    return [classify(n) for n in nodes]

print(walk([P(3), P(4)]))
print(walk([P(5), A()]))
