# User exceptions with a custom __init__ store extra attributes and control args via super().__init__.
class ValidationError(Exception):
    def __init__(self, field, problem, value=None):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.value = value

class HttpError(Exception):
    def __init__(self, status, reason):
        self.status = status
        self.reason = reason

class NoSuper(Exception):
    def __init__(self, code):
        self.code = code

def check_age(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be an integer", age)
    if age < 0:
        raise ValidationError("age", "must be non-negative", age)
    return age

for v in [30, "30", -4]:
    try:
        print("valid", check_age(v))
    except ValidationError as e:
        print(e, "|", e.field, "|", e.problem, "|", repr(e.value), "|", e.args)

e = HttpError(404, "Not Found")
print(e.status, e.reason, e.args, repr(str(e)), repr(e))
n = NoSuper(7)
print(n.code, n.args, repr(n))
try:
    raise HttpError(500, "boom")
except Exception as err:
    print(type(err).__name__, err.status, isinstance(err, HttpError))
