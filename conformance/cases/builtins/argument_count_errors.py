# Builtins report wrong argument counts and unexpected keywords with function-specific messages.
calls = [
    lambda: len([1], [2]),
    lambda: len(),
    lambda: abs(1, 2),
    lambda: isinstance(1),
    lambda: getattr(),
    lambda: divmod(1, 2, 3),
    lambda: chr(),
    lambda: ord("a", "b"),
    lambda: sorted(),
    lambda: hasattr("x"),
    lambda: iter(),
    lambda: callable(),
    lambda: repr(1, 2),
    lambda: sum(),
    lambda: round(),
    lambda: len(obj=[1]),
    lambda: sorted([3, 1], reversed=True),
    lambda: int("5", base=10, extra=1),
    lambda: "abc".upper(1),
    lambda: "a,b".split(",", 1, 2),
    lambda: [].append(),
    lambda: {}.keys(1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
