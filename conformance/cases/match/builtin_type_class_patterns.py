# Builtin class patterns like int(x), str(s) and list(l) check the type and bind the whole subject.
def typed(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) if s.isdigit():
            return f"numeric str {s}"
        case str(s):
            return f"str {s!r}"
        case list([first, *_]):
            return f"non-empty list starting {first}"
        case list():
            return "empty list"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict(d):
            return f"dict keys {sorted(d)}"
        case bytes() | bytearray():
            return "binary"
        case None:
            return "none"
        case _:
            return f"other {type(v).__name__}"

for v in [True, 7, 2.0, "42", "hi", [3, 4], [], (1, 2, 3), {"b": 1, "a": 2}, b"x", bytearray(b"y"), None, {1, 2}, 1j]:
    print(typed(v))
match 5:
    case int(real=5, imag=0):
        print("int attributes matched via keywords")
