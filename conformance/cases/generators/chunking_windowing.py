# Generators split data into fixed chunks and sliding windows, handling short tails.
def chunks(seq, size):
    if size <= 0:
        raise ValueError("size must be positive")
    for i in range(0, len(seq), size):
        yield seq[i:i + size]

def windows(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)

print(list(chunks([1, 2, 3, 4, 5, 6, 7], 3)))
print(list(chunks("abcdef", 2)))
print(list(chunks([], 4)))
print(list(windows(range(6), 3)))
print(list(windows("ab", 3)))
print([sum(w) / len(w) for w in windows([2, 4, 6, 8], 2)])
g = chunks([1], 0)
print("generator created without error")
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
