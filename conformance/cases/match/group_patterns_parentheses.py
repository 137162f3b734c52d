# Parenthesised group patterns only group; (x) is a capture, (x,) is a sequence, () is an empty sequence.
def g(v):
    match v:
        case ():
            return "empty sequence"
        case (1 | 2):
            return "one or two (group)"
        case (n,):
            return f"1-tuple/list with {n}"
        case ((a, b), (c)):
            return f"pair of pair {a},{b} and {c}"
        case ("x" | "y") as letter:
            return f"letter {letter}"
        case (((str() as s))):
            return f"deeply grouped str {s}"
        case (other):
            return f"group capture {other!r}"

for v in [(), [], 1, 2, (5,), [6], ((1, 2), 3), [[1, 2], [3]], "x", "zz", 3.5, (1, 2, 3)]:
    print(repr(v), "->", g(v))
