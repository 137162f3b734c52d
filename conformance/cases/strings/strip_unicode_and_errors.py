# strip family with Unicode whitespace, multi-character sets and wrong argument types.
s = "\u00a0\u2003 text \u3000\n\x0b"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)))
print("<<<a<b>>>".strip("<>"), "0001200".lstrip("0"), "0001200".rstrip("0"), "abcba".strip("ab"))
print(repr("...".strip(".")), "mississippi".strip("ips"), "ñandúñ".strip("ñ"), repr("  x  ".strip(" x")))
for call in [lambda: "a".strip(1), lambda: "a".lstrip(["a"]), lambda: "a".rstrip(b"a")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
