# str(KeyError) shows the repr of a single key, unlike other exceptions, but not with zero or several args.
for args in [("name",), (42,), ((1, 2),), ("",), ("it's",), (None,), (), ("a", "b")]:
    e = KeyError(*args)
    print(f"{len(args)} args: str={str(e)!r} repr={e!r}")
d = {"alpha": 1, (0, 0): "origin", 3.5: "float"}
for key in ["beta", (1, 1), 2.5, frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print("missing:", e, "| args:", e.args, "| key is arg:", e.args[0] == key)
print(str(IndexError("idx")), str(LookupError("lk")))
try:
    {}.pop("gone")
except KeyError as e:
    print("pop:", e)
try:
    set().remove("nope")
except KeyError as e:
    print("set.remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
