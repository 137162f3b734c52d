# Basic list comprehensions: mapping, filtering, calling methods and building from strings and ranges.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print([n * n for n in nums])
print([n for n in nums if n > 0])
print([abs(n) for n in nums if n % 2])
words = "The quick brown Fox jumps".split()
print([w.lower() for w in words], [len(w) for w in words])
print([w for w in words if w[0].isupper()])
print([c for c in "a1b2c3" if c.isdigit()], [ord(c) - 96 for c in "abc"])
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([(i, i ** 2) for i in range(4)])
print([x for x in []], [None for _ in range(3)], [[] for _ in range(2)])
line = "  id=7 ; name = ann ;; role=dev  "
pairs = [p.split("=") for p in line.split(";") if p.strip()]
print([(k.strip(), v.strip()) for k, v in pairs])
print(type([x for x in "ab"]).__name__, [x for x in "ab"] == list("ab"))
