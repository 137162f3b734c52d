# startswith and endswith with tuples and ranges.
s = "photo.jpeg"
print(s.startswith("ph"), s.startswith(("x", "pho")), s.endswith((".png", ".jpeg")), s.endswith("to", 0, 5))
try:
    s.startswith(["ph"])
except TypeError as e:
    print(type(e).__name__, e)
