# raise accepts an exception class or instance; anything else raises TypeError.
def attempt(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)

def raise_class():
    raise ValueError

def raise_instance():
    raise ValueError("with message")

def raise_other(obj):
    raise obj

attempt(raise_class)
attempt(raise_instance)
attempt(lambda: raise_other(IndexError))
attempt(lambda: raise_other("a string"))
attempt(lambda: raise_other(42))
attempt(lambda: raise_other(object))
attempt(lambda: raise_other(None))

class NotAnError:
    pass
attempt(lambda: raise_other(NotAnError()))

class Custom(Exception):
    def __init__(self):
        super().__init__("built with no arguments")
attempt(lambda: raise_other(Custom))
