# isprintable, isascii and isidentifier on ASCII, Unicode, control characters and keywords.
for s in ["abc", "tab\t", "", "é", "\x7f", "\u200b", " ", "😀", "\xa0", "line\n"]:
    print(repr(s), s.isprintable(), s.isascii())
for s in ["class", "_", "__init__", "2fast", "fast2", "名前", "a-b", "ℌello", "", "x y", "é1", "None"]:
    print(repr(s), s.isidentifier())
