# *args collects extra positional arguments into a tuple, possibly empty; an empty call ends uncaught.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1))
print(total(1, 2, 3))

def log(level, *parts, sep=" "):
    return f"[{level}] " + sep.join(str(p) for p in parts)

print(log("INFO"))
print(log("WARN", "disk", 91, "%"))
print(log("DEBUG", "a", "b", sep="|"))

def first_and_rest(first, *rest):
    return first, rest

print(first_and_rest("x"))
print(first_and_rest(*"hello"))
try:
    first_and_rest()
except TypeError as e:
    print("TypeError", e)

def maximum(*values):
    if not values:
        raise ValueError("maximum() needs at least one value")
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best

def widest(*columns):
    return maximum(*(len(c) for c in columns))

print(maximum(3, 9, 2), widest("id", "name"))
print(widest())
