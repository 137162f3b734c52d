# throw() accepts an exception class or instance, and the generator sees the right type and args.
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError("with message"))
g.throw(IndexError("a", 2))
g.throw(ZeroDivisionError())

class CustomError(Exception):
    pass

g.throw(CustomError("custom"))
try:
    g.throw(KeyboardInterrupt)
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped because it is not an Exception")
try:
    g.throw("not an exception")
except TypeError as e:
    print(type(e).__name__, e)
