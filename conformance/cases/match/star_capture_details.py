# Star captures always produce a list, honour minimum lengths, and *_ skips items without binding.
def parts(s):
    match s:
        case [a, *mid, b, c]:
            return f"a={a} mid={mid} b={b} c={c}"
        case [a, *mid]:
            return f"short: a={a} mid={mid}"
        case [*all_items]:
            return f"empty: {all_items}"

print(parts((1, 2, 3, 4, 5)))
print(parts((1, 2, 3)))
print(parts(range(2)))
print(parts([]))
match (1, 2, 3):
    case (*head, last):
        print(head, last, type(head).__name__)
match [1, 2, 3, 4]:
    case [1, *_, 4]:
        print("matched 1 ... 4 with *_")
match ["a", ("b", "c", "d")]:
    case [x, (y, *zs)]:
        print(x, y, zs)
match [[1, 2], [3, 4, 5]]:
    case [[*a], [*b, 5]]:
        print(a, b)
