# String building, methods, slicing and joins.
words = []
for i in range(200_000):
    s = "item-" + str(i)
    if s.endswith("7"):
        s = s.upper()
    words.append(s.replace("-", "_"))
text = " ".join(words)
print(len(text), text.count("ITEM"), text[:30])
parts = text.split()
print(sum(len(p) for p in parts))
out = []
for p in parts[:80_000]:
    out.append(f"{p:>12}|{p.lower()[::-1]}")
print(len("".join(out)))
print(",".join(sorted(set(c for c in text if c.isalpha()))))
