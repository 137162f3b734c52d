# Comprehensions and map/filter produce the same results; comprehensions are eager lists while map/filter are lazy.
nums = range(10)
squares_comp = [n * n for n in nums if n % 2]
squares_mf = list(map(lambda n: n * n, filter(lambda n: n % 2, nums)))
print(squares_comp, squares_mf, squares_comp == squares_mf)
words = ["  Tea", "coffee ", " JUICE "]
print([w.strip().lower() for w in words], list(map(str.lower, map(str.strip, words))))
pairs = [a + b for a, b in zip("abc", "xyz")]
print(pairs, list(map(lambda a, b: a + b, "abc", "xyz")), list(map(str.__add__, "abc", "xyz")))
m = map(lambda n: n + 1, nums)
c = [n + 1 for n in nums]
print(type(m).__name__, type(c).__name__, list(m) == c, list(m))
print([x for x in filter(None, [0, 1, "", "a"])], [x for x in [0, 1, "", "a"] if x])
def pipeline(data):
    return [y for y in (x * 3 for x in data if x > 0) if y % 2 == 0]
print(pipeline([-2, 1, 2, 3, 4]))
print(sorted({len(w) for w in words}), sorted(set(map(len, words))))
