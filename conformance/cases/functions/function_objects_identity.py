# Function objects compare by identity, work as dict keys and set members, and can be rebound.
def a():
    return "a"

def b():
    return "a"

alias = a
print(a == b, a is alias, a == alias, a() == b())
seen = {a: "first", b: "second"}
print(seen[alias], len(seen))
registry = {a, b, alias}
print(len(registry))
funcs = [a, b, a]
print(funcs.count(a), funcs.index(b))
def a():
    return "redefined"
print(alias(), a(), alias is a, alias.__name__ == a.__name__)
print(type(a).__name__, type(len).__name__, type(lambda: 0).__name__)
print(isinstance(a, type(b)), callable(a))
methods = [str.upper, str.lower, str.title]
print([m("hello world") for m in methods])
print(str.upper is str.upper, [].append == [].append)
