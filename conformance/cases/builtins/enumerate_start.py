# enumerate() with default and custom start (including negative and keyword), over strings, dicts and generators.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-1)))
print(list(enumerate([], 5)), list(enumerate({"x": 1, "y": 2}, 10)))
lines = ["header", "  ", "alpha", "beta", ""]
for lineno, line in enumerate(lines, start=1):
    if not line.strip():
        print(f"line {lineno}: blank")
e = enumerate((n * n for n in range(4)), 100)
print(next(e), next(e), list(e))
print(dict(enumerate("xyz")), {v: i for i, v in enumerate("xyz")})
print(type(enumerate([])).__name__, iter(e) is e)
big = enumerate("ab", 10**20)
print(list(big))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("ab", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate()
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("a", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
