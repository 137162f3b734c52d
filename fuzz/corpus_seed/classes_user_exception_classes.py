# User exception classes derive from builtins, keep args, are caught by base class and carry extra fields.
class AppError(Exception):
    pass

class ValidationError(AppError, ValueError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field

class NotFound(AppError, KeyError):
    pass

errs = [AppError(), AppError("plain"), ValidationError("age", "must be positive"), NotFound("user-7")]
for err in errs:
    print(type(err).__name__, err.args, repr(str(err)))
print(repr(errs[1]), repr(errs[2]))
print([c.__name__ for c in ValidationError.__mro__])
for err in errs:
    try:
        raise err
    except ValueError as e:
        print("ValueError branch", e.field)
    except KeyError as e:
        print("KeyError branch", e)
    except AppError as e:
        print("AppError branch", e.args)
print(isinstance(errs[2], Exception), issubclass(NotFound, LookupError))
try:
    raise ValidationError
except TypeError as e:
    print(type(e).__name__, e)
