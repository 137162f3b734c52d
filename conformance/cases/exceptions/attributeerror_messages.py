# AttributeError messages for reading, setting and deleting attributes on ints, slotted classes and builtins.
class User:
    __slots__ = ("name",)
    def __init__(self, name):
        self.name = name

class Frozen:
    def __setattr__(self, key, value):
        raise AttributeError(f"{type(self).__name__} is read-only (tried to set {key!r})")

def attempt(label, thunk):
    try:
        print(label, thunk())
    except AttributeError as e:
        print(label, "->", e)

u = User("ann")
attempt("int get", lambda: (5).x)
attempt("slots get", lambda: u.email)
attempt("slots set", lambda: setattr(u, "email", "x"))
attempt("slots unset", lambda: (delattr(u, "name"), u.name))
attempt("readonly", lambda: setattr(5, "real", 3))
attempt("builtin set", lambda: setattr("s", "attr", 1))
attempt("builtin del", lambda: delattr([], "append"))
attempt("func get", lambda: len.whatever)
attempt("custom", lambda: setattr(Frozen(), "x", 1))
attempt("method on None", lambda: {}.get("cfg").split(","))
print(getattr(u, "email", "default"), hasattr([], "append"), hasattr([], "push"))
