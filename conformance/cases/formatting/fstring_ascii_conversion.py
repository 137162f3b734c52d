# The !a conversion and ascii() escape non-ASCII characters inside strings and containers.
for v in ["plain", "café", "日本", "😀", "tab\t", ["ü", 1], {"ключ": "ß"}, ("€",), b"\xff"]:
    print(f"{v!a}", ascii(v) == f"{v!a}", f"{v!r}")
print("{0!a} {0!r} {0!s}".format("naïve"), "%a" % "smörgås", f"{'x'!a:>8}|")
class Tag:
    def __repr__(self):
        return "Tag('ñ')"
print(f"{Tag()!a} {Tag()!r} {[Tag()]!a}", ascii(Tag()))
