# str() versus repr() for built-in values and classes defining __str__, __repr__ or both.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only-str"
    __repr__ = lambda self: "OnlyStr<r>"

class Both:
    def __str__(self):
        return "both:str"
    def __repr__(self):
        return "both:repr"

for v in ["text", "it's", 42, 2.5, None, True, [1, "a"], ("x",), {"k": "v"}, b"by", OnlyRepr(), OnlyStr(), Both()]:
    print(str(v), "|", repr(v))
print([Both()], (OnlyStr(),), f"{Both()} {Both()!r}", "%s %r" % (Both(), Both()))
print(str(str), repr(int), str(OnlyRepr), str(Ellipsis), repr(NotImplemented))
