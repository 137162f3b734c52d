# Fill characters and the four alignments, including '=' padding after the sign.
n, s = -42, "ab"
print(f"[{n:<8}] [{n:>8}] [{n:^8}] [{n:=8}] [{n:*=8}] [{n:0=8}] [{42:+=8}]")
print(f"[{s:<6}] [{s:>6}] [{s:^7}] [{s:.<6}] [{s:€^6}] [{s:{'}'}>5}] [{s:0<5}]")
print(f"[{3.5:_^9}] [{-3.5:#=9}] [{3.5:>+9}] [{1e6:x<12,}] [{'':-^5}] [{'long string':^4}]")
print(format(7, "<<3"), format(7, ">>3"), format(7, "^^3"), format(7, "==3"), format("x", "<"), format(7, "0<3"))
for value, spec in [("ab", "=5"), ("ab", "0=5"), (1.5, "ab<5")]:
    try:
        format(value, spec)
    except ValueError as e:
        print(type(e).__name__, e)
