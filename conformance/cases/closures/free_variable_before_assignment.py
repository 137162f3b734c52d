# Calling a closure before its enclosing function assigns the free variable raises NameError about a free variable.
def outer():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    value = "ready"
    return read()

print(outer())

def after_del():
    data = [1, 2]
    def show():
        return data
    del data
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
        print(isinstance(e, UnboundLocalError))

after_del()

def conditional(flag):
    if flag:
        result = "assigned"
    return lambda: result

print(conditional(True)())
try:
    conditional(False)()
except NameError as e:
    print(type(e).__name__, e)
