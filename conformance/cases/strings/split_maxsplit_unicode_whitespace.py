# split/rsplit with maxsplit values, negative maxsplit and Unicode whitespace.
s = "\u3000alpha\u00a0beta\tgamma\n delta "
print(s.split(), s.split(maxsplit=2), s.rsplit(maxsplit=2), s.split(None, 0), s.rsplit(None, 0))
print("a b c d".split(" ", -1), "a b c d".rsplit(" ", 2), "a b c d".split(" ", 0), "a  b".split(" "))
print("x--y--z".split("--"), "x--y--z".rsplit("--", 1), "aaa".split("aa"), "aaa".rsplit("aa"))
print("one\x1ctwo\x1dthree\x85four".split(), "  ".split(" "), " a ".rsplit(" "))
for bad in [("", ), (5,), (" ", "1")]:
    try:
        "a b".split(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
