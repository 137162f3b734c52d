# When a comprehension raises midway, the target is never assigned, but side effects already performed remain.
processed = []
def convert(s):
    value = int(s)
    processed.append(value)
    return value
result = "unset"
try:
    result = [convert(s) for s in ["1", "2", "x", "4"]]
except ValueError as e:
    print(type(e).__name__, e)
print(result, processed)
cache = {"keep": 1}
try:
    cache = {k: 10 // v for k, v in [("a", 2), ("b", 0)]}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(cache)
items = [3, 0, 5]
safe = [10 / n if n else float("inf") for n in items]
print(safe)
def safe_int(s, default=None):
    try:
        return int(s)
    except ValueError:
        return default
print([safe_int(s) for s in ["7", "seven", "07"]], [v for s in ["1", "b", "3"] if (v := safe_int(s)) is not None])
gen = (1 // n for n in [1, 0, 1])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(gen, "generator finished after error"))
