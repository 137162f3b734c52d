# Converting huge or non-finite numbers raises OverflowError or ValueError with specific messages.
def attempt(label, thunk):
    try:
        print(label, thunk())
    except (OverflowError, ValueError) as e:
        print(label, "->", type(e).__name__, e)

big = 10 ** 400
attempt("float(big)", lambda: float(big))
attempt("big * 1.0", lambda: big * 1.0)
attempt("big / 1", lambda: big / 1)
attempt("big // 1 ok", lambda: big // 10 ** 399)
attempt("int(inf)", lambda: int(float("inf")))
attempt("int(-inf)", lambda: int(float("-inf")))
attempt("int(nan)", lambda: int(float("nan")))
attempt("round(inf)", lambda: round(float("inf")))
attempt("inf ok", lambda: float("inf") * 2)
attempt("chr big", lambda: chr(0x110000))
attempt("neg shift", lambda: 1 << -1)
attempt("bytes neg", lambda: bytes([256]))
print(issubclass(OverflowError, ArithmeticError))
