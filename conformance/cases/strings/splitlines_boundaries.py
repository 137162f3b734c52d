# splitlines recognises every Python line boundary.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\u2028seven"
print(s.splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(keepends=True), "".splitlines())
