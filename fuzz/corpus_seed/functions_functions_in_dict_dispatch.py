# Functions are first-class values stored in dicts and lists for dispatch tables.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b

OPS = {"+": add, "-": sub, "*": mul, "/": div}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[-1]

print(rpn("3 4 + 2 *"), rpn("10 2 8 * + 3 -"), rpn("1 4 /"))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
print(OPS["*"] is mul, OPS["*"].__name__, [f.__name__ for f in OPS.values()])
handlers = {int: lambda v: v * 2, str: str.upper, list: len}
for item in [21, "abc", [1, 2, 3], 1.5]:
    handler = handlers.get(type(item), lambda v: f"no handler for {type(v).__name__}")
    print(handler(item))
try:
    rpn("1 0 /")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
