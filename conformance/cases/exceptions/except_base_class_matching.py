# An except clause for a base class catches all subclasses, and the first matching clause wins.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except ArithmeticError as e:
        return f"ArithmeticError clause ({type(e).__name__})"
    except Exception as e:
        return f"Exception clause ({type(e).__name__})"

for exc in [KeyError("k"), IndexError(0), LookupError(), ZeroDivisionError(), OverflowError(),
            ValueError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), FileNotFoundError(), RecursionError()]:
    print(type(exc).__name__, "->", classify(exc))

class AppError(Exception):
    pass
class DbError(AppError):
    pass
class ConnError(DbError):
    pass

for cls in (ConnError, DbError, AppError):
    try:
        raise cls("boom")
    except DbError as e:
        print(cls.__name__, "caught as DbError")
    except AppError as e:
        print(cls.__name__, "caught as AppError")
