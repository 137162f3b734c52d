# A text-adventure style command parser matches on str.split() results with literals, captures and stars.
def execute(line):
    match line.split():
        case []:
            return "say something"
        case ["quit" | "exit"]:
            return "bye"
        case ["look"]:
            return "you see a room"
        case ["look", "at", obj]:
            return f"you look at the {obj}"
        case ["go", direction] if direction in ("n", "s", "e", "w"):
            return f"you walk {direction}"
        case ["go", direction]:
            return f"cannot go {direction!r}"
        case ["take", *items] if items:
            return "taken: " + ", ".join(items)
        case ["drop", item, "in", container]:
            return f"{item} -> {container}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

script = ["", "look", "look at lamp", "go n", "go up", "take key coin gem", "take",
          "drop key in chest", "dance wildly", "QUIT", "exit"]
for line in script:
    print(f"{line!r:22} {execute(line)}")
