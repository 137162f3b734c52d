# repr escapes control, separator and non-printable characters but keeps printable Unicode.
for s in ["\x7f", "\x80", "\x9f", "\xa0", "\xad", "\u2028", "\u2029", "\ufeff", "\udc80", "😀", "\U000e0001", "a\\b", "\x1b[0m", "\r\t\n"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr("'" * 2), repr('"'), repr("'\""), repr("\\'"), str("\x07") == "\x07")
print([repr(c) for c in "é\x00\t"], repr(["a\nb", "ü"]), repr({"k\t": "v'"}))
