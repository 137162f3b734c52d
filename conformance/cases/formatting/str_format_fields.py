# str.format with positional, numbered, named, attribute and index fields.
class P:
    x = 3
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{n}-{n}".format(n=7))
print("{0.x} {1[0]} {2[k]}".format(P(), [9], {"k": "v"}), "{:>{}}".format("r", 4))
for t in ["{0} {}", "{", "}", "{x}"]:
    try:
        t.format(1)
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
