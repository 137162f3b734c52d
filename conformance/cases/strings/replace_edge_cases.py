# str.replace with negative and keyword counts, empty patterns and overlapping matches.
print("aaa".replace("a", "b", -1), "aaa".replace("a", "b", count=1), "".replace("", "x"), "ab".replace("", "-", 2))
print("aaaa".replace("aa", "b"), "abc".replace("abcd", "x"), "a.b.c".replace(".", ""), "ñaña".replace("ñ", "n"))
print("banana".replace("na", "NA", 1), "x".replace("", ""), "hello".replace("l", "L", 0), "abc".replace("b", "b" * 3))
template = "Dear NAME, your order NUM ships. NAME, thanks!"
print(template.replace("NAME", "Ada").replace("NUM", "#42"))
for call in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", None), lambda: "a".replace("a", "b", "1")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
