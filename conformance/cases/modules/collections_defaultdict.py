# defaultdict creates missing values with its factory for grouping and counting.
from collections import defaultdict

pairs = [("fruit", "apple"), ("veg", "carrot"), ("fruit", "banana"), ("nut", "pecan"), ("veg", "leek")]
groups = defaultdict(list)
for kind, name in pairs:
    groups[kind].append(name)
print(groups)
print(dict(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["zzz"], "zzz" in counts, "q" in counts)
print(groups.get("missing"), "missing" in groups)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict(None, {"k": 1})
print(plain.default_factory, plain["k"])
try:
    plain["nope"]
except KeyError as e:
    print(type(e).__name__, e)
print(defaultdict(set).default_factory, defaultdict(list, a=[1]))
