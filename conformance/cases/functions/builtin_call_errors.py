# Builtin functions reject wrong argument counts and keywords with their own messages.
def attempt(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError", e)

attempt(lambda: len())
attempt(lambda: len([1], [2]))
attempt(lambda: len(5))
attempt(lambda: abs("x"))
attempt(lambda: abs())
attempt(lambda: isinstance(1))
attempt(lambda: sorted([3, 1], lambda x: x))
attempt(lambda: sorted([3, 1], reversed=True))
attempt(lambda: int("5", 10, 3))
attempt(lambda: sum([1, 2], 3, 4))
attempt(lambda: max())
attempt(lambda: min(5))
attempt(lambda: "a,b".split(",", 1, 2))
attempt(lambda: [].append())
attempt(lambda: {}.get())
attempt(lambda: divmod(7, 2))
