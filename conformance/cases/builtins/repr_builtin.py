# repr() versus str() for builtins, strings with quotes/escapes, and user classes with __repr__ and __str__.
print(repr("hi"), str("hi"), repr("it's"), repr('say "x"'), repr("both ' \""), repr("tab\tnl\n"))
print(repr(1), repr(1.0), repr(1e16), repr(0.1 + 0.2), repr(-0.0), repr(None), repr(True), repr(1 + 2j))
print(repr([1, "a", None]), repr({"k": [1.5]}), repr((1,)), repr(set()), repr({1, 2}), repr(b"x\x00"))
print(repr("\\"), repr("\x7f"), repr("\u00e9") == "'\u00e9'", repr(""), len(repr("'")))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
class Label:
    def __init__(self, text):
        self.text = text
    def __str__(self):
        return self.text
    def __repr__(self):
        return f"Label<{self.text}>"
p = Point(1, "two")
print(repr(p), str(p), [p], f"{p}", f"{p!r}")
lbl = Label("hello")
print(str(lbl), repr(lbl), [lbl], f"{lbl}", f"{lbl!r}", "%s %r" % (lbl, lbl), "{} {!r}".format(lbl, lbl))
print(repr(Point), repr(int), repr(len) == "<built-in function len>")
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
