# Literal patterns match ints, strings, floats and negative numbers by equality, first matching case wins.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case b"raw":
            return "bytes"
        case "multi" "part":
            return "concatenated literal"
        case _:
            return f"other: {x!r}"

for v in [0, 1, 3, -1, 2.5, 5 / 2, 0.0, 1.0, "hello", "Hello", "", b"raw", "multipart", 4, [0]]:
    print(repr(v), "->", describe(v))
