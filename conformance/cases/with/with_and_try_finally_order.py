# Interleaving of try/except/finally inside and around a with block: handlers in the body run before __exit__.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)

try:
    with CM():
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("handled in body", e)
        finally:
            print("body finally")
        print("body continues")
finally:
    print("outer finally")

def f():
    try:
        with CM():
            raise KeyError("k")
    except KeyError:
        print("except after exit")
        return "returned"
    finally:
        print("finally last")
print(f())
def g():
    with CM():
        try:
            return "try value"
        finally:
            print("finally before exit")
print(g())
