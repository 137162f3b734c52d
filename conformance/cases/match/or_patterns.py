# Or-patterns try alternatives left to right; every alternative must bind the same names.
def weekday(day):
    match day.lower():
        case "sat" | "sun":
            return "weekend"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "weekday"
        case _:
            return "invalid"
print([weekday(d) for d in ["Sat", "tue", "FRI", "xyz"]])

def normalize(item):
    match item:
        case (x, y) | [x, y, _] | {"x": x, "y": y}:
            return (x, y)
        case int(n) | float(n) | str(n):
            return ("scalar", n)
        case None | [] | {}:
            return "nothing"
    return "unknown"

for it in [(1, 2), [3, 4, 5], {"x": 6, "y": 7, "z": 8}, 9, 2.5, "s", None, [], {}, {1}]:
    print(repr(it), "->", normalize(it))
match 5:
    case 1 | (2 | (3 | 5)):
        print("nested or matched")
