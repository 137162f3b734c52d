# Unpacking the wrong number of values or a non-iterable raises errors with exact messages.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def three(seq):
    a, b, c = seq
    return a, b, c

def two(seq):
    a, b = seq
    return a, b

def star(seq):
    a, b, *c, d = seq
    return a, b, c, d

attempt("3 from 2", lambda: three([1, 2]))
attempt("3 from 0", lambda: three(()))
attempt("2 from 3", lambda: two([1, 2, 3]))
attempt("2 from str", lambda: two("abcdef"))
attempt("2 from int", lambda: two(5))
attempt("2 from None", lambda: two(None))
attempt("2 from dict", lambda: two({"x": 1, "y": 2}))
attempt("2 from 1", lambda: two([1]))
attempt("star from 2", lambda: star([1, 2]))
attempt("star from 3", lambda: star([1, 2, 3]))
attempt("2 from gen", lambda: two(i for i in range(5)))
