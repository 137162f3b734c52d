# NameError messages for undefined names in module scope, functions, and builtins spelled wrong.
def attempt(label, fn):
    try:
        fn()
    except NameError as e:
        print(label, type(e).__name__, "|", e, "|", e.name)

attempt("plain", lambda: undefined_thing)
attempt("call", lambda: not_a_function(1))
attempt("in expr", lambda: 1 + zzz_value * 2)

def uses_later():
    return defined_later

attempt("before def", uses_later)
defined_later = "now defined"
print(uses_later())

def inner_scope():
    def helper():
        local_name = 1
    helper()
    return local_name
attempt("other scope", inner_scope)
try:
    print(Undefined_Class())
except NameError as e:
    print(e.args)
