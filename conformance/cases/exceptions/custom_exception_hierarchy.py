# An application-level exception hierarchy lets callers catch broad or specific errors.
class AppError(Exception):
    code = 1
class InputError(AppError):
    code = 2
class MissingField(InputError):
    code = 3
    def __init__(self, field):
        super().__init__(f"missing field: {field}")
        self.field = field
class StorageError(AppError):
    code = 10

def handle(request):
    if "user" not in request:
        raise MissingField("user")
    if not isinstance(request["user"], str):
        raise InputError("user must be a string")
    if request.get("disk_full"):
        raise StorageError("disk full")
    return f"saved {request['user']}"

requests = [{"user": "ann"}, {}, {"user": 7}, {"user": "bo", "disk_full": True}]
for req in requests:
    try:
        print(handle(req))
    except InputError as e:
        print(f"400 [{e.code}] {e}", getattr(e, "field", "-"))
    except AppError as e:
        print(f"500 [{e.code}] {e}")
print([c.__name__ for c in MissingField.__mro__[:-2]])
print(issubclass(StorageError, InputError), MissingField("x").args)
