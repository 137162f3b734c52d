# match, case and _ are soft keywords: they remain usable as ordinary variable, function and attribute names.
match = {"a": 1}
case = [1, 2]
print(match["a"], case[1])
def match_all(items, match):
    return [i for i in items if i == match]
print(match_all([1, 2, 1], 1))
class Rule:
    def __init__(self):
        self.match = "m"
        self.case = "c"
r = Rule()
print(r.match, r.case)
match case:
    case [1, case]:
        print("captured name 'case' =", case)
print(match(["a"]) if callable(match) else "dict is not callable")
def match(x):
    return f"match({x})"
print(match(5))
print(match([1]), (lambda case: case * 2)(4))
_ = 10
match _:
    case _:
        print("subject was", _)
type = "shadowed"
print(type)
del type
print(type(1).__name__)
