# str.join over generators, dicts, strings and tuples, with type errors for non-str items.
print(", ".join(x.upper() for x in ["a", "b"]), "|".join({"k1": 1, "k2": 2}), "-".join("abc"), repr("".join(())))
print("\n".join(["line1", "line2"]), " ".join(sorted(["pear", "apple", "fig"])), "<>".join(["only"]))
print(repr("".join([])), "ab".join(["1", "2", "3"]), "x".join(["", "", ""]), "é".join("ñü"))
for items in [["a", None], ["a", b"b"], [1, 2], "ab", iter(["z", 3.5])]:
    try:
        print(repr("/".join(items)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
