# find, rfind, index and rindex with negative and out-of-range start/end arguments.
s = "abracadabra"
print(s.find("a", -4), s.rfind("a", 0, -1), s.find("bra", -10, -5), s.rfind("bra"), s.find("a", 100))
print(s.find("", -3), s.rfind(""), s.find("", 20), s.index("c", 2, 5), s.rindex("a", None, 5))
print(s.find("ab", 1), s.find("a", 3, 3), s.rfind("a", -100, 2), s.find("dab", 5, 9), s.find("dab", 5, 10))
for call in [lambda: s.index("z"), lambda: s.rindex("abra", 1, 6), lambda: s.find(None), lambda: s.index("a", "1")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
