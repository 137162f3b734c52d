# __eq__ drives == and !=; __ne__ defaults to the inverse of __eq__; default equality is identity.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        print("eq called")
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    __hash__ = None

a, b, c = Version(1, 2), Version(1, 2), Version(2, 0)
print(a == b, a != b, a == c, a != c)
print(a == "1.2", a != "1.2")
print(a in [c, b], [a, c].index(b), [a, b, c].count(Version(1, 2)))

class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p == None)

class AlwaysEqual:
    def __eq__(self, other):
        return True
x = AlwaysEqual()
print(x == 1, x != 1, 1 == x, None == x, x == Plain())

class CustomNe:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return "custom ne"
print(CustomNe() != 3, CustomNe() == 3)
