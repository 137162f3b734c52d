# bool() uses __bool__, then __len__, defaulting to True; bool is an int subclass with True == 1.
print(bool(), bool(0), bool(0.0), bool(-1), bool(""), bool("False"), bool(None), bool([0]), bool(0j))
print(True + True, True * 10, False - 1, isinstance(True, int), int(True), str(False))
print(True == 1, False == 0, True is bool(1), sum([True, True, False]))
class Empty:
    def __len__(self):
        return 0
class Flagged:
    def __bool__(self):
        print("__bool__ called")
        return False
    def __len__(self):
        return 5
class Plain:
    pass
print(bool(Empty()), bool(Flagged()), bool(Plain()))
print("yes" if Flagged() else "no", not Empty())
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(True), [True, False], bool.__name__, type(True).__mro__)
