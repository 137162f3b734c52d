# str() with bytes, encodings and objects; a __str__ returning a non-string fails in a nested call.
class Bad:
    def __str__(self):
        return 42

class Tag:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"<{self.name}>"

def render(items):
    return " ".join(str(i) for i in items)

print(str(b"abc"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "ascii", "replace"), repr(str()), str(1e100))
print(str(encoding="utf-8", object=b"x"), str(bytearray(b"hi"), "ascii"), render([Tag("a"), 1, None]))
try:
    str("abc", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(render([Tag("b"), Bad()]))
