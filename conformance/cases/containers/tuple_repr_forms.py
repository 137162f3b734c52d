# repr of tuples: single-element trailing comma, empty tuple, nesting, and parentheses in expressions.
print((), (1,), (1, 2), ((),), ((1,),))
print(repr(("a",)), str(("a", "b")))
print(tuple([None, True, 1.5, "x", b"y"]))
print((1, (2, (3, (4,)))))
print([(1,)], {"k": (2,)})
print(type(()).__name__, len(()), len(((),)))
empty = ()
print(empty == (), empty == tuple(), () == [])
print(1, 2 == (1, 2))
print((1, 2) == (1, 2), (1,) == 1)
values = 1, 2, 3
print(values, f"{values}", "%s" % (values,))
print("{}".format((1,)))
