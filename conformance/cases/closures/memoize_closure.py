# A memoizing decorator stores results in a dict captured by the wrapper closure.
def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(*args):
        if args not in cache:
            calls[0] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.calls = calls
    return wrapper

@memoize
def paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)

print(paths(10, 10), paths.calls[0], len(paths.cache))
print(paths(3, 3), paths.calls[0])

@memoize
def slow_square(n):
    print("  computing", n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))
try:
    slow_square([1])
except TypeError as e:
    print("TypeError", e)
