# removeprefix/removesuffix remove at most one occurrence, used for path and key cleanup.
print("prefix_prefix_x".removeprefix("prefix_"), "x.tar.gz".removesuffix(".gz").removesuffix(".tar"), "aaa".removesuffix("a"))
print(repr("abc".removeprefix("abc")), "abc".removeprefix(""), "abc".removesuffix(""), "abc".removeprefix("ABC"))
keys = ["env_HOME", "env_PATH", "user", "env_"]
print({k.removeprefix("env_"): i for i, k in enumerate(keys) if k.startswith("env_")})
urls = ["https://a.com/", "http://b.org", "c.net/"]
print([u.removeprefix("https://").removeprefix("http://").removesuffix("/") for u in urls])
for call in [lambda: "a".removeprefix(None), lambda: "a".removesuffix(("a",)), lambda: "a".removeprefix()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
