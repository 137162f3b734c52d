# int(), float() and complex() reject unsupported argument types with exact messages.
print(int(b"42"), float(b" 1.5 "), int(bytearray(b"7")), float("  -0  "), complex(2), complex("3"))
for fn, arg in [(int, None), (int, [1]), (float, None), (float, {}), (int, 1j), (float, 2j),
                (complex, None), (int, "4.5"), (float, "1,5")]:
    try:
        fn(arg)
    except (TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
