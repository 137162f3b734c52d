# Calling something that is not callable raises TypeError naming the type.
def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError", e)

x, nothing, text, items, pair = 5, None, "text", [1, 2], (1,)
attempt("int", lambda: x())
attempt("none", lambda: nothing())
attempt("str", lambda: text(1))
attempt("list", lambda: items(0))
attempt("dict", lambda: {"f": len}["f"]("abc"))
attempt("tuple", lambda: pair())

class Thing:
    value = 3
    def method(self):
        return "called"

t = Thing()
attempt("attr", lambda: t.value())
attempt("method", lambda: t.method())
attempt("result", lambda: t.method()())
print(callable(t), callable(Thing), callable(t.method), callable(len), callable(3))
result = max
max = 10
attempt("shadowed", lambda: max([1, 2]))
del max
attempt("restored", lambda: max([1, 2]))
