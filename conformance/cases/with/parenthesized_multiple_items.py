# Parenthesised with-items may span lines with trailing commas and mixes of `as` and bare items.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)

with (
    CM("first") as f,
    CM("second"),
    CM("third") as t,
):
    print("body", f, t)
with (CM("solo") as s):
    print("single parenthesised", s)
with (CM("p"), CM("q")):
    print("no targets")
with (CM("tuple-like")) as x:
    print(x)
try:
    with (CM("a") as a, CM("b") as b):
        raise ValueError(a + b)
except ValueError as e:
    print("caught", e)
