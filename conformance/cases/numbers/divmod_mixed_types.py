# divmod with ints, floats, bools and its type errors.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(divmod(True, 2), divmod(10, True), divmod(0, 3))
for args in [(1, "2"), (1j, 2), ("a", "b")]:
    try:
        divmod(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(5.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
