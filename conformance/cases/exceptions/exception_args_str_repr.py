# str() and repr() of exceptions depend on how many args were given.
cases = [
    ValueError(),
    ValueError("one"),
    ValueError("one", "two"),
    ValueError(42),
    ValueError(None),
    ValueError(""),
    ValueError([1, 2]),
    ValueError(("tuple",)),
    RuntimeError("a", 2, None),
    Exception("multi\nline"),
]
for e in cases:
    print(f"str={str(e)!r:<22} repr={e!r:<32} args={e.args}")
e = ValueError("x")
e.args = ("replaced", 1)
print(str(e), repr(e))
e.args = []
print(repr(str(e)), e.args)
print(f"{ValueError('in f-string')}", "%s" % KeyError("pct"))
print(BaseException("base"), repr(StopIteration(5)), StopIteration(5).value)
print(str(KeyboardInterrupt()) == "", repr(SystemExit(2)), SystemExit(2).code, SystemExit().code)
