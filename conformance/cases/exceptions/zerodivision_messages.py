# ZeroDivisionError messages differ for /, //, % and divmod on ints and floats.
def attempt(label, thunk):
    try:
        print(label, thunk())
    except ZeroDivisionError as e:
        print(label, "->", e)

attempt("int /", lambda: 1 / 0)
attempt("int //", lambda: 1 // 0)
attempt("int %", lambda: 1 % 0)
attempt("divmod int", lambda: divmod(5, 0))
attempt("float /", lambda: 1.0 / 0)
attempt("float //", lambda: 1.0 // 0.0)
attempt("float %", lambda: 1.0 % 0)
attempt("divmod float", lambda: divmod(5.0, 0))
attempt("zero pow neg", lambda: 0 ** -1)
attempt("zero float pow neg", lambda: 0.0 ** -2)
attempt("bool", lambda: 10 / False)
attempt("ok", lambda: 0 / 5)

def average(values):
    return sum(values) / len(values)

def report(groups):
    return {name: average(vals) for name, vals in groups.items()}

print(report({"a": [1, 2], "b": [3]}))
print(report({"a": [4], "empty": []}))
