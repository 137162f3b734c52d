# Slicing strings with steps and negative indices.
s = "abcdefghij"
print(s[2:5], s[:3], s[-3:], s[::2], s[::-1], s[8:2:-2], s[100:], s[-100:2])
print("héllo"[1], "héllo"[::-1], len("héllo"))
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
