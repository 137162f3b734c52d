# A Caesar cipher and ROT13 built from ord/chr arithmetic, preserving case and punctuation.
def shift_char(c, k):
    if c.isascii() and c.isalpha():
        base = ord("A") if c.isupper() else ord("a")
        return chr((ord(c) - base + k) % 26 + base)
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

msg = "Hello, World! Zebra-42 ñ"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg, caesar(msg, 26) == msg, caesar(msg, -1))
print(caesar(caesar("Why did the chicken cross the road?", 13), 13), caesar("abc", 13))
counts = {}
for c in caesar("attack at dawn", 5):
    if c.isalpha():
        counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
