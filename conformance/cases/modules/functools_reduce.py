# functools.reduce folds sequences with and without an initializer and fails on empty input uncaught.
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", ""], 0))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, [], "init"))
print(reduce(lambda a, b: a + b, ["only"]))
nested = [[1, 2], [3], [], [4, 5]]
print(reduce(lambda a, b: a + b, nested, []))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
print(reduce(lambda value, fn: fn(value), pipeline, "  Hello Big World "))
counts = reduce(lambda d, ch: {**d, ch: d.get(ch, 0) + 1}, "banana", {})
print(counts)

def total_cost(items):
    return reduce(lambda a, b: a + b, (price for _, price in items))

def invoice(items):
    return f"total={total_cost(items)}"

print(invoice([("pen", 2), ("pad", 5)]))
print(invoice([]))
