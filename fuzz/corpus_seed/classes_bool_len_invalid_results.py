# __bool__ must return a bool and __len__ a non-negative int; other results raise TypeError or ValueError.
class BoolInt:
    def __bool__(self):
        return 1

class LenStr:
    def __len__(self):
        return "3"

class LenNeg:
    def __len__(self):
        return -1

class LenFloat:
    def __len__(self):
        return 2.0

class LenBool:
    def __len__(self):
        return True

checks = [
    ("bool(BoolInt)", lambda: bool(BoolInt())),
    ("if LenStr", lambda: "yes" if LenStr() else "no"),
    ("len(LenStr)", lambda: len(LenStr())),
    ("len(LenNeg)", lambda: len(LenNeg())),
    ("bool(LenNeg)", lambda: bool(LenNeg())),
    ("len(LenFloat)", lambda: len(LenFloat())),
    ("len(LenBool)", lambda: len(LenBool())),
    ("len(int)", lambda: len(5)),
]
for label, fn in checks:
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
