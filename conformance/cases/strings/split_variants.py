# str.split and rsplit with and without separators and maxsplit.
s = "  a  b c   "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
