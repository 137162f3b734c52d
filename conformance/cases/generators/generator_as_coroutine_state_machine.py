# A send()-driven generator implements a simple state machine that parses key=value tokens.
def parser():
    result = {}
    key = None
    while True:
        token = yield
        if token is None:
            break
        if key is None:
            if token == "=":
                raise SyntaxError("unexpected '='")
            key = token
        elif token == "=":
            continue
        else:
            result[key] = token
            key = None
    return result

def parse(tokens):
    p = parser()
    next(p)
    for t in tokens:
        p.send(t)
    try:
        p.send(None)
    except StopIteration as e:
        return e.value

print(parse(["name", "=", "ada", "lang", "=", "py"]))
print(parse([]))
try:
    parse(["=", "x"])
except SyntaxError as e:
    print(type(e).__name__, e)
