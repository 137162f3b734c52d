# The global statement lets a function rebind module-level names, including ones not yet defined.
counter = 0
registry = []

def increment(step=1):
    global counter
    counter += step
    return counter

def register(name):
    registry.append(name)

def create_late():
    global late_value
    late_value = "created inside function"

def shadow():
    counter = 100
    return counter

print(increment(), increment(5), counter)
register("a"); register("b")
print(registry)
print(shadow(), counter)
create_late()
print(late_value)

def multi():
    global counter, registry
    counter, registry = -1, ["reset"]
multi()
print(counter, registry)

def reads_global():
    return counter * 2
print(reads_global())
