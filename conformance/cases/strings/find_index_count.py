# find, rfind, index, count with start and end positions.
s = "banana"
print(s.find("an"), s.rfind("an"), s.find("an", 2), s.find("x"), s.find("", 10), s.find("", 6))
print(s.count("a"), s.count("an"), s.count(""), s.count("a", 2, 4))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
