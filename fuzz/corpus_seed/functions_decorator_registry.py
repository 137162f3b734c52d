# Decorators that register functions in a dict to build a command dispatcher.
COMMANDS = {}

def command(name=None):
    def register(fn):
        COMMANDS[name or fn.__name__] = fn
        return fn
    return register

@command()
def add(a, b):
    return int(a) + int(b)

@command("mul")
def multiply(a, b):
    return int(a) * int(b)

@command()
def echo(*words):
    return " ".join(words)

def run(line):
    name, *args = line.split()
    handler = COMMANDS.get(name)
    if handler is None:
        return f"unknown command: {name}"
    try:
        return handler(*args)
    except (TypeError, ValueError) as e:
        return f"error: {e}"

for line in ["add 2 3", "mul 4 5", "echo hi there", "div 1 2", "add 1", "mul x 2"]:
    print(line, "->", run(line))
print(list(COMMANDS))
print(multiply(6, 7))
