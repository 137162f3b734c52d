# expandtabs, repetition and membership.
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), "ab" * 3, 3 * "-", "" * 5)
print("ell" in "hello", "" in "abc", "z" not in "abc")
try:
    "a" * 2.5
except TypeError as e:
    print(type(e).__name__, e)
