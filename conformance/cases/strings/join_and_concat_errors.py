# join requires strings; concatenating str with other types fails.
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(map(str, [1, 2, 3])))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "n=" + 5
except TypeError as e:
    print(type(e).__name__, e)
