# Truthiness uses __bool__ first, then __len__, else every instance is true.
class Empty:
    pass

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len", self.n)
        return self.n

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool", self.on)
        return self.on
    def __len__(self):
        print("never used")
        return 0

print(bool(Empty()), not Empty())
print(bool(Sized(0)), bool(Sized(3)))
print(bool(Flag(True)), bool(Flag(False)))
if Sized(0) or Flag(True):
    print("branch taken")
print([x.n for x in [Sized(2), Sized(0), Sized(1)] if x])
print(type(Flag(False) and "unreached").__name__)
while Sized(0):
    print("unreachable")
print(len(Sized(4)), any([Sized(0), Flag(False)]))
