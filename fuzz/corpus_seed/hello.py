# A small agent-style program: tally words and report the most common ones.
text = """the quick brown fox jumps over the lazy dog the fox"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
for word, n in top:
    print(f"{word:>6}: {n}")
print("total words:", sum(counts.values()))
