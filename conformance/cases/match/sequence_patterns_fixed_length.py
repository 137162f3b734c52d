# Fixed-length sequence patterns check the length and match each element; [] and () are interchangeable.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case (x, y):
            return f"pair: {x},{y}"
        case [0, 0, 0]:
            return "origin3"
        case [x, 0, z]:
            return f"y-zero triple {x},{z}"
        case [_, _, _]:
            return "some triple"
        case _:
            return f"len {len(seq)}"

for s in [[], (), [7], (1, 2), [1, 2], [0, 0, 0], (5, 0, 6), [1, 2, 3], [1, 2, 3, 4], range(2)]:
    print(repr(s), "->", shape(s))
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested", a, b, c)
match 1, 2:
    case a, b:
        print("unparenthesised tuple subject", a, b)
