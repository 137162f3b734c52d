# An exception raised while handling another gets the first as __context__ automatically.
def handler_fails():
    try:
        {}["missing"]
    except KeyError:
        return 1 / 0
try:
    handler_fails()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)

def finally_fails():
    try:
        raise ValueError("first")
    finally:
        raise RuntimeError("from finally")
try:
    finally_fails()
except RuntimeError as e:
    print(e, "<- context:", repr(e.__context__))

def chain_of_three():
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise TypeError("two")
    except TypeError:
        raise KeyError("three")
try:
    chain_of_three()
except KeyError as e:
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__context__
    print(" <- ".join(chain))
