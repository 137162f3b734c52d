# Thousands grouping with ',' and '_' across ints, floats, big ints and binary/hex types.
for n in [0, 999, 1000, -1234567, 10 ** 12, 2 ** 70]:
    print(f"{n:,} {n:_} {n:>20,}")
print(f"{1234567.891:,.2f} {-0.5:,} {1e6:_.1f} {123456.789:,g} {1234567.0:,e} {0.1234:,%}")
print(f"{0xDEADBEEF:_x} {255:_b} {2 ** 20:_o} {0xABCDEF:#_X} {10 ** 6:_d}")
for value, spec in [(1000, ",x"), (1000, ",b"), (1000, ",,"), (1000, "_,"), ("1000", ","), (1000, ",c")]:
    try:
        print(format(value, spec))
    except ValueError as e:
        print(type(e).__name__, e)
