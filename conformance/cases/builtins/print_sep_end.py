# print() with multiple arguments, sep=, end=, no arguments, None for defaults, and flush= accepted.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=";")
print("x", sep=None, end=None)
print(*range(5), sep=", ")
print(*[], sep="-")
print("multi\nline", "text", sep="\n---\n")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("flushed", flush=True)
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for r in rows:
    print(*r, sep="\t")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
