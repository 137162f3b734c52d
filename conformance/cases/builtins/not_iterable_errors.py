# Iterating non-iterables fails with "'X' object is not iterable" in for loops, unpacking, builtins and star-args.
class Thing:
    pass
def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
def loop(obj):
    for _ in obj:
        pass
attempt("for int", lambda: loop(5))
attempt("for None", lambda: loop(None))
attempt("for Thing", lambda: loop(Thing()))
attempt("list", lambda: list(3.5))
attempt("sorted", lambda: sorted(True))
attempt("sum", lambda: sum(7))
attempt("star", lambda: print(*10))
attempt("in", lambda: 3 in 4)
attempt("unpack", lambda: [a for a, b in [1, 2]])
attempt("zip", lambda: zip([1], None))
attempt("dict", lambda: dict(5))
attempt("join", lambda: ",".join(5))
attempt("extend", lambda: [].extend(Thing()))
attempt("max", lambda: max(12))
attempt("set", lambda: set(len))
attempt("type", lambda: list(int))
class GetItemOnly:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError(i)
print(list(GetItemOnly()), [x for x in GetItemOnly()])
