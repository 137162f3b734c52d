# Returning several values builds a tuple that callers unpack or index.
def min_max(values):
    return min(values), max(values)

def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return n, mean, var

def parse_pair(text):
    key, _, value = text.partition(":")
    if not _:
        return None, "missing colon"
    return (key.strip(), value.strip()), None

lo, hi = min_max([4, 9, 1, 7])
print(lo, hi)
result = min_max("hello")
print(result, type(result).__name__)
n, mean, var = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, var)
for text in ["name: ann", "broken"]:
    pair, err = parse_pair(text)
    print(pair, err)

def single():
    return 1,
def as_list():
    return [1, 2]
print(single(), as_list())
try:
    a, b, c = min_max([1])
except ValueError as e:
    print("ValueError", e)
