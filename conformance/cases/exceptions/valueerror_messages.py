# Common ValueError messages from conversions and searches, with the offending value quoted.
def attempt(label, thunk):
    try:
        print(label, thunk())
    except ValueError as e:
        print(label, "->", e)

attempt("int word", lambda: int("x"))
attempt("int float str", lambda: int("3.5"))
attempt("int empty", lambda: int(""))
attempt("int spaces ok", lambda: int("  42  "))
attempt("int base", lambda: int("12", 2))
attempt("int base ok", lambda: int("ff", 16))
attempt("float", lambda: float("abc"))
attempt("float ok", lambda: float(" 1e3 "))
attempt("list.remove", lambda: [1, 2].remove(3))
attempt("list.index", lambda: [1, 2].index(3))
attempt("str.index", lambda: "hello".index("z"))
attempt("tuple.index", lambda: (1,).index(2))
attempt("split sep", lambda: "a b".split(""))
attempt("unpack", lambda: dict([("a", 1, 2)]))
attempt("chr", lambda: chr(-1))
attempt("complex", lambda: complex("1+"))
attempt("round ok", lambda: round(2.675, 2))
attempt("underscores", lambda: int("1__0"))
