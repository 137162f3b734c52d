# Sequence patterns match lists, tuples and ranges but never str, bytes, dicts, sets or iterators.
def seq_kind(s):
    match s:
        case [a, b]:
            return f"2-seq {a!r} {b!r}"
        case [*items]:
            return f"{len(items)}-seq"
        case _:
            return "not a sequence"

subjects = ["ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b"), range(2),
            {"a": 1, "b": 2}, {1, 2}, iter([1, 2]), "", []]
for s in subjects:
    print(type(s).__name__, seq_kind(s))
def tuple_or_list(s):
    match s:
        case tuple((x, y)):
            return "tuple pair"
        case list([x, y]):
            return "list pair"
        case str(x) if len(x) == 2:
            return "two-char string"
    return "other"
print(tuple_or_list((1, 2)), tuple_or_list([1, 2]), tuple_or_list("hi"), tuple_or_list({1: 2, 3: 4}))
match "hello":
    case [first, *rest]:
        print("never: strings are not sequences here")
    case str([*chars]):
        print("never either")
    case _:
        print("string fell through both")
