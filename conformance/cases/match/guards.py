# Guards (`if` after a pattern) are evaluated only after the pattern matches; a false guard moves to the next case.
calls = []
def check(label, result):
    calls.append(label)
    return result

def grade(score):
    match score:
        case int(n) if check("neg", n < 0):
            return "invalid"
        case int(n) if check("A", n >= 90):
            return "A"
        case int(n) if check("B", n >= 80):
            return "B"
        case str() if check("str", True):
            return "not a number"
        case _:
            return "C or below"

for s in [95, 85, 50, -3, "x", 2.5]:
    calls.clear()
    print(s, grade(s), calls)
def pair(p):
    match p:
        case (x, y) if x == y:
            return "same"
        case (x, y) if x > y:
            return "descending"
        case (x, y):
            return "ascending"
print(pair((2, 2)), pair((3, 1)), pair((1, 3)))
match [1, 2, 3]:
    case [*xs] if sum(xs) > 5 and len(xs) == 3:
        print("guard uses captures", xs)
