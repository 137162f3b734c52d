# len and indexing count code points: combining marks, astral emoji and ZWJ sequences.
samples = ["café", "cafe\u0301", "😀", "👨‍👩‍👧", "🇫🇷", "한국어", "\u1100\u1161", "Ω", "ﬁ"]
for s in samples:
    print(repr(s), len(s), len(s.encode("utf-8")), [f"{ord(c):04X}" for c in s])
a, b = "café", "cafe\u0301"
print(a == b, a[-1], repr(b[-1]), b[:-1], a.upper(), b.upper(), len(b.upper()))
print("😀x"[1], "😀x"[::-1], "😀" * 3, "a😀b".find("b"), "👨‍👩‍👧".split("\u200d"))
