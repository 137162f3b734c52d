# Set comprehensions deduplicate computed values; results of small ints print in hash-slot order.
nums = [4, 1, 4, 9, 1, 16, 9]
print({n for n in nums}, {n % 5 for n in nums}, {n // 4 for n in nums if n > 1})
print({len(w) for w in "a bb cc ddd e".split()}, sorted({w[0] for w in ["bee", "ant", "bat"]}))
print({x * y for x in range(1, 4) for y in range(1, 4)})
s = {c for c in ""}
print(s, type(s).__name__, type({}).__name__)
words = ["Level", "noon", "Python", "racecar", "Noon"]
print(sorted({w.lower() for w in words if w.lower() == w.lower()[::-1]}))
edges = [(1, 2), (2, 3), (3, 1), (2, 1)]
print(len({frozenset(e) for e in edges}), {a for a, b in edges} | {b for a, b in edges})
try:
    {[n] for n in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
