# Dict comprehensions build mappings from iterables, with later duplicate keys overwriting earlier values.
words = ["apple", "bob", "cat", "apricot", "banana"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({i: i * i for i in range(5) if i % 2 == 0})
print({k: v for k, v in zip("abc", range(3))})
prices = {"tea": 4.0, "cake": 3.5, "milk": 1.25}
print({item: round(p * 1.2, 2) for item, p in prices.items()})
print({item: p for item, p in sorted(prices.items(), key=lambda kv: kv[1])})
print({(r, c): r * 3 + c for r in range(2) for c in range(3)})
print({n: ("even" if n % 2 == 0 else "odd") for n in [3, 4, 3]})
d = {x: [] for x in "ab"}
d["a"].append(1)
print(d, d["a"] is not d["b"])
try:
    {[k]: k for k in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
