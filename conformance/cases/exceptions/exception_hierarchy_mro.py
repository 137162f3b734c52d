# The __mro__ and __bases__ of builtin exception classes show where each one sits in the hierarchy.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)

for cls in [KeyError, ZeroDivisionError, FileNotFoundError, UnboundLocalError, RecursionError,
            ModuleNotFoundError, UnicodeDecodeError, StopIteration, KeyboardInterrupt, TabError, BaseException]:
    print(chain(cls))
print(BaseException.__bases__, Exception.__bases__)
print(ExceptionGroup.__mro__[1].__name__, [c.__name__ for c in ExceptionGroup.__bases__])
class AppError(LookupError):
    pass
class Missing(AppError, AttributeError):
    pass
print(chain(Missing))
try:
    raise Missing("x")
except AttributeError as e:
    print("caught via second base", type(e).__name__)
