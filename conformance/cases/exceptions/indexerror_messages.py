# IndexError messages differ by container type and operation.
def attempt(label, thunk):
    try:
        print(label, thunk())
    except IndexError as e:
        print(label, "->", e)

items = [1, 2, 3]
attempt("list get", lambda: items[3])
attempt("list neg", lambda: items[-4])
attempt("list ok neg", lambda: items[-3])
attempt("tuple", lambda: (1, 2)[5])
attempt("str", lambda: "abc"[10])
attempt("bytes", lambda: b"ab"[2])
attempt("range", lambda: range(3)[3])
attempt("empty pop", lambda: [].pop())
attempt("pop index", lambda: [1].pop(5))
attempt("bytearray", lambda: bytearray(2)[9])
def assign():
    items[10] = 0
attempt("assign", assign)
attempt("slice ok", lambda: items[5:10])
attempt("insert ok", lambda: (items.insert(100, 4), items)[1])
attempt("nested", lambda: [[1], []][1][0])
try:
    items["0"]
except TypeError as e:
    print("TypeError", e)
