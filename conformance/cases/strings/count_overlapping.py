# str.count counts non-overlapping matches and honours start/end slices.
print("aaaa".count("aa"), "aaaaa".count("aa"), "abababa".count("aba"), "banana".count("ana"))
print("abc".count(""), "".count(""), "abc".count("", 1), "abc".count("", 5), "abc".count("", 1, 2))
print("hello world".count("o", 5), "hello world".count("o", -3), "hello".count("l", 0, 3), "hello".count("L"))
words = "the cat and the hat and the bat".split()
print({w: words.count(w) for w in sorted(set(words))})
try:
    "abc".count(1)
except TypeError as e:
    print(type(e).__name__, e)
