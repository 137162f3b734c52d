# Self-matching builtin class patterns accept subclasses (bool for int, user str subclasses) but not other types.
class Tag(str):
    pass

class Count(int):
    __match_args__ = ("real",)

def what(v):
    match v:
        case float(x):
            return f"float {x}"
        case int(0):
            return "int zero (or False)"
        case int(x):
            return f"int {x!r} ({type(x).__name__})"
        case str("special"):
            return "the special string"
        case str(s):
            return f"str {s!r} ({type(s).__name__})"
        case frozenset(f) | set(f):
            return f"set-like of {len(f)}"
        case dict({"k": v}):
            return f"dict with k={v}"
    return "nothing"

for v in [1.5, 0, False, True, 7, Count(3), Tag("special"), Tag("x"), "y", frozenset({1}), {2, 3}, {"k": 9}, 1j]:
    print(repr(v), "->", what(v))
match Count(8):
    case Count(n):
        print("Count matched", n, type(n).__name__)
match 3:
    case Count():
        print("never")
    case int():
        print("plain int is not a Count")
