# Mixing bytes and str raises TypeErrors with specific messages, and they never compare equal.
print(b"abc" == "abc", "abc" != b"abc", b"a" in b"abc", "abc".encode() == b"abc", b"x".decode() + "y")
ops = [lambda: "a" + b"b", lambda: b"a" + "b", lambda: "a" in b"abc", lambda: b"a" in "abc",
       lambda: "abc".startswith(b"a"), lambda: b"abc".startswith("a"), lambda: "-".join([b"a"]),
       lambda: b"-".join(["a"]), lambda: "abc".replace(b"a", "x"), lambda: b"abc".split(","),
       lambda: "a" < b"b", lambda: "abc".find(b"a")]
for op in ops:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
