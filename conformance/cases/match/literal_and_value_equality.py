# Literal and value patterns compare with ==, so custom __eq__, 0 == False and NaN inequality all matter.
class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  Loose.__eq__({other!r})")
        return str(self.v) == str(other)

def test(subject):
    match subject:
        case 1:
            return "one"
        case "two":
            return "two"
        case _:
            return "none"

print(test(Loose(1)))
print(test(Loose("two")))
print(test(Loose(3)))
def zero(x):
    match x:
        case 0:
            return "== 0"
        case False:
            return "is False"
    return "neither"
print(zero(False), zero(0.0), zero(0), zero(""))
class Consts:
    NAN = float("nan")
    NEG_ZERO = -0.0
def nan_check(x):
    match x:
        case Consts.NAN:
            return "matched nan"
        case Consts.NEG_ZERO:
            return "matched zero"
    return "no match"
print(nan_check(Consts.NAN), nan_check(float("nan")), nan_check(0), nan_check(-0.0))
