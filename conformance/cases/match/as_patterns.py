# `as` binds the value matched by a sub-pattern, useful with or-patterns and nested structures.
def parse(cmd):
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["pick", str() as item, *_] as whole:
            return f"picking {item} from {whole}"
        case [int() | float() as n, *rest] if rest:
            return f"number {n} then {rest}"
        case {"user": {"name": str() as name} as user}:
            return f"user {name} with keys {sorted(user)}"
        case (1 | 2) as small:
            return f"small {small}"
        case _ as anything:
            return f"fallback {anything!r}"

for c in [["go", "north"], ["go", "up"], ["pick", "lamp", "now"], [3.5, 1], [7],
          {"user": {"name": "ann", "id": 1}}, 2, "x"]:
    print(parse(c))
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer, inner is outer[1])
