# Star patterns in sequences capture the remaining items as a list, at any position, or skip them with *_.
def split(seq):
    match seq:
        case [first, *rest] if not rest:
            return f"single {first}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case []:
            return "empty"

print(split([1]))
print(split([1, 2]))
print(split((1, 2, 3, 4)))
print(split(list("xyz")))
print(split([]))
def tail(seq):
    match seq:
        case [*_, "end"]:
            return "ends with end"
        case [*init, 0]:
            return f"zero-terminated, init {init}"
        case ["cmd", *args]:
            return f"cmd args {args} {type(args).__name__}"
        case [*everything]:
            return f"anything {everything}"
print(tail(["a", "end"]), tail((3, 4, 0)), tail(("cmd", 1, 2)), tail(("x",)))
match range(5):
    case [a, *b]:
        print(a, b)
