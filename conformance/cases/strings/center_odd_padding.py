# center() places the extra padding character according to CPython's parity rule.
for s in ["a", "ab", "abc", "abcd"]:
    print([s.center(w, "*") for w in range(len(s), len(s) + 5)])
print(repr("x".center(0)), repr("xyz".center(-1)), "é".center(4, "·"), "title".center(11, "="))
print("|" + "menu".center(10) + "|", "|" + "".center(3, "-") + "|")
for call in [lambda: "a".center(5, ""), lambda: "a".center(5, 1), lambda: "a".center("5"), lambda: "a".center()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
