# strip, lstrip, rstrip with and without a character set.
s = "\t  hello world  \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."))
print(repr("   ".strip()), "hello".strip("") == "hello")
