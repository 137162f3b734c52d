# int() truncates floats toward zero, uses __int__/__index__, rejects non-numeric strings and special floats.
print(int(), int(3.99), int(-3.99), int(True), int(1e20), int(-0.5), int("  42 "))
class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
class Pos:
    def __index__(self):
        return 3
print(int(Meters(7.8)), int(Pos()), [10, 20, 30, 40][Pos()], "abcd"[Pos()])
print(round(2.7), int(2.7), int(-2.7), -2.7 // 1, int("-12") * 2)
for bad in ["4.5", "abc", "", "1e3", " ", "١٢"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
