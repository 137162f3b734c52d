# A default case that raises turns an unexpected subject into an error that propagates through callers.
class Op:
    ADD = "add"
    SUB = "sub"
    MUL = "mul"

def apply(op, a, b):
    match op:
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b
        case Op.MUL:
            return a * b
        case str(name):
            raise ValueError(f"unsupported operation {name!r}")
        case other:
            raise TypeError(f"operation must be str, not {type(other).__name__}")

def run(program, start=0):
    acc = start
    for op, arg in program:
        acc = apply(op, acc, arg)
    return acc

print(run([("add", 5), ("mul", 3), ("sub", 1)]))
try:
    run([("add", 1), (None, 2)])
except TypeError as e:
    print(type(e).__name__, e)
print(run([("mul", 2)], start=21))
print(run([("add", 1), ("div", 2)]))
