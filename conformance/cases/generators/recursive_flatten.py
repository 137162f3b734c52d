# A recursive generator flattens arbitrarily nested lists and tuples but leaves strings intact.
def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

data = [1, [2, [3, [4, [5]]]], (6, 7), "eight", [[[]]], [None]]
print(list(flatten(data)))
print(list(flatten(5)))
print(list(flatten([])))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest

print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations("abcd")))
