# float() parses decimal text, underscores, infinities and rejects the rest.
for s in ["3.14", " -2.5e3 ", "1_000.5", "inf", "-Infinity", "nan", ".5", "5."]:
    print(repr(s), float(s))
for s in ["1__0", "abc", "", "1e", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
