# AttributeError messages name the type and attribute for instances, classes, modules-free builtins and None.
class User:
    __slots__ = ("name",)
    def __init__(self, name):
        self.name = name

class Plain:
    pass

def attempt(label, thunk):
    try:
        print(label, thunk())
    except AttributeError as e:
        print(label, "->", e)

attempt("int", lambda: (5).x)
attempt("str", lambda: "abc".push("d"))
attempt("list", lambda: [1].length)
attempt("none", lambda: None.strip())
attempt("dict", lambda: {"a": 1}.a)
attempt("instance", lambda: Plain().missing)
attempt("class", lambda: Plain.missing)
attempt("type obj", lambda: int.nothing)
attempt("slots get", lambda: User("ann").email)
attempt("slots set", lambda: setattr(User("ann"), "email", "x"))
attempt("readonly", lambda: setattr(5, "real", 3))
attempt("builtin set", lambda: setattr("s", "attr", 1))
attempt("func", lambda: len.whatever)
attempt("ok", lambda: User("bo").name)
print(getattr(Plain(), "missing", "default"), hasattr([], "append"), hasattr([], "push"))
