# Dicts preserve insertion order; updating a key keeps its position, deleting and re-adding moves it to the end.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d))
d["b"] = 10
print(d)
del d["b"]
d["b"] = 20
print(d)
d.pop("a")
d["a"] = 0
print(list(d.keys()), list(d.values()))
merged = {"z": 1, "y": 2}
merged.update({"x": 3, "z": 9})
print(merged)
print(dict(zip("cab", range(3))))
print({k: None for k in [3, 1, 2, 1]})
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(list(reversed(counts)), list(reversed(counts.items()))[:2])
print(next(iter(counts)), list(counts)[-1])
