# Mixing incompatible operand types raises TypeError with the operator and both type names.
class Money:
    pass

def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "->", e)

attempt("int + str", lambda: 1 + "1")
attempt("str + int", lambda: "1" + 1)
attempt("list + tuple", lambda: [1] + (2,))
attempt("str - str", lambda: "ab" - "b")
attempt("dict + dict", lambda: {} + {})
attempt("None * 2", lambda: None * 2)
attempt("str * float", lambda: "ab" * 2.0)
attempt("list * list", lambda: [1] * [2])
attempt("int / str", lambda: 4 / "2")
attempt("int ** list", lambda: 2 ** [1])
attempt("obj + int", lambda: Money() + 1)
attempt("int < obj", lambda: 1 < Money())
attempt("-str", lambda: -"x")
attempt("~float", lambda: ~1.5)
attempt("set + set", lambda: {1} + {2})
attempt("bytes + str", lambda: b"a" + "b")
attempt("int @ int", lambda: 2 @ 3)
attempt("str % int (ok)", lambda: "%d%%" % 5)
attempt("str % bad", lambda: "%d" % "x")
