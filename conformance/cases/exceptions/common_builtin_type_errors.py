# Frequent TypeError messages from misuse of builtin containers and values.
def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "->", e)

def set_char():
    s = "abc"
    s[0] = "z"

def set_tuple():
    t = (1, 2)
    t[0] = 5

attempt("unhashable key", lambda: {[1]: 2})
attempt("unhashable set", lambda: {1, [2]})
nums, letters, twelve = {1, 2}, "abc", 12
attempt("set subscript", lambda: nums[0])
attempt("keys subscript", lambda: {"a": 1}.keys()[0])
attempt("int iterate", lambda: [x for x in 5])
attempt("none iterate", lambda: list(None))
attempt("len int", lambda: len(42))
attempt("int subscript", lambda: twelve[0])
attempt("str item", set_char)
attempt("tuple item", set_tuple)
attempt("join ints", lambda: ",".join([1, 2]))
attempt("int of list", lambda: int([1]))
attempt("float of none", lambda: float(None))
attempt("str index float", lambda: letters[1.0])
attempt("list index str", lambda: list(letters)["a"])
attempt("sum strs", lambda: sum(["a", "b"]))
attempt("range float", lambda: range(2.5))
attempt("dict from int", lambda: dict(3))
