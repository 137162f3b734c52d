# print() converts each argument with str() in order, while containers inside use repr() of their elements.
class Loud:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        print(f"[str {self.name}]", end=" ")
        return f"Loud<{self.name}>"
    def __repr__(self):
        return f"Loud({self.name!r})"
print(Loud("a"), Loud("b"))
print([Loud("c")], (Loud("d"),), {"k": Loud("e")})
print("text", ["text"], ("a'b",), {"s": "q\"x"})
print(1.0, [1.0], 1e16, [1e-5], None, [None], True, {True: False})
print(b"bytes", [b"bytes"], "caf\u00e9" == "café", ["tab\t"])
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), [OnlyRepr()], f"{OnlyRepr()}", str(OnlyRepr()))
def make(n):
    print(f"make({n})", end="; ")
    return n
print(make(1), make(2), sep=" & ")
class Broken:
    def __str__(self):
        raise RuntimeError("cannot render")
try:
    print("before", Broken(), "after")
except RuntimeError as e:
    print(type(e).__name__, e)
