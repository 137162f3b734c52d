# Dict insertion, lookup, update and iteration: word counting and grouping.
counts = {}
for i in range(700_000):
    key = "k" + str(i % 5000)
    counts[key] = counts.get(key, 0) + 1
print(len(counts), counts["k42"])
groups = {}
for k, v in counts.items():
    groups.setdefault(len(k), []).append(v)
print(sorted((k, len(v)) for k, v in groups.items()))
squares = {n: n * n for n in range(200_000)}
hits = 0
for n in range(0, 400_000, 3):
    if n in squares:
        hits += squares[n] % 7
print(hits)
