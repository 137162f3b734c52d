# repr picks quotes and escapes control and non-printable characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nul\x00", "bell\x07", "é ü", "\u200b", "line\n"]:
    print(repr(s))
print(ascii("héllo €"), str(b"x"), repr(b"a'b"))
