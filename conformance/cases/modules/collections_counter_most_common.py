# Counter counts items, reports most_common in insertion order for ties, and returns 0 for missing keys.
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words.most_common(2))
print(words["the"], words["missing"], "missing" in words)
letters = Counter("mississippi")
print(letters)
print(letters.most_common())
print(letters.most_common(1)[0])
print(sorted(letters.elements()))
print(letters.total(), len(letters))
c = Counter(a=3, b=1)
c.update("aab")
c.update({"z": 5})
print(c)
c.subtract({"a": 10})
print(c, c["a"])
print(Counter({"x": 0, "y": -1}).most_common())
print(Counter())
print(Counter([1, 2, 2, 3, 3, 3]).most_common(0))
