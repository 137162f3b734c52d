# ljust, rjust and zfill with Unicode fill characters, short widths and sign handling.
print(repr("ab".ljust(5, "→")), repr("ab".rjust(5, "é")), repr("abc".ljust(2)), repr("abc".rjust(-3)))
print("3.14".zfill(7), "-3.14".zfill(7), "+".zfill(3), "-".zfill(1), "".zfill(3), "abc".zfill(6), "--1".zfill(5))
print("-0x1f".zfill(8), "١٢".zfill(4), "+-1".zfill(5), "12".zfill(True + 2))
rows = [("id", "name", "score"), ("1", "Ann", "93.5"), ("12", "Bartholomew", "7")]
for r in rows:
    print(r[0].rjust(3), r[1].ljust(12, "."), r[2].rjust(6))
for call in [lambda: "a".ljust(3, "ab"), lambda: "a".rjust(3, None), lambda: "1".zfill("3")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
