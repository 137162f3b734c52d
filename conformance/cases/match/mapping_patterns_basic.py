# Mapping patterns match dicts having the given keys (extra keys allowed) and match each value sub-pattern.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": str(k)}:
            return f"key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 3, "y": 4, "button": 1},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "mods": []},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"x": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))
match {1: "one", -2.5: "float key", None: "none", True: "ignored"}:
    case {1: a, -2.5: b, None: c}:
        print(a, b, c)
