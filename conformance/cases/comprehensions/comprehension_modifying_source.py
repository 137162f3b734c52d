# Iterating a dict or set in a comprehension while the comprehension body changes its size raises RuntimeError.
counts = {"a": 1, "b": 2}
snapshot = [counts.setdefault(k, 0) for k in list(counts)]
print(snapshot, counts)
items = [1, 2, 3]
copied = [items.append(x) for x in items[:]]
print(items, copied)
grow = [1, 2]
limited = [x for x in grow if len(grow) < 5 and not grow.append(x * 10)]
print(limited, grow)
seen = {1, 2, 3}
try:
    [seen.add(x + 10) for x in seen]
except RuntimeError as e:
    print(type(e).__name__, e)
def normalise(registry):
    return {k.lower(): registry.pop(k) for k in registry if k != k.lower()}
def load(registry):
    return normalise(registry)
print(load({"a": 1}))
print(load({"a": 1, "B": 2}))
