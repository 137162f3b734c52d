# center, ljust, rjust and zfill.
print(repr("ab".center(7, "*")), repr("abc".center(6)), repr("x".ljust(4, "-")), repr("x".rjust(4)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
