# Shifts and bitwise operators on wrong types or negative counts raise with exact messages.
print(5 << 0, 5 >> 0, 0 << 100, 1 >> 1, -1 << 3, True << 2, 7 >> True)
cases = [lambda: 1 >> -1, lambda: 1 << -5, lambda: 1.0 << 1, lambda: 1 << 1.0,
         lambda: 3 & 1.5, lambda: "a" | 1, lambda: ~1.5, lambda: ~"x", lambda: [1] ^ 2]
for case in cases:
    try:
        case()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
