# Validation code collects several exceptions into a list and reports them together.
class FieldError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

def check_name(v):
    if not v.strip():
        raise FieldError("name", "blank")
    return v.strip()

def check_email(v):
    if "@" not in v:
        raise FieldError("email", f"invalid address {v!r}")
    return v

RULES = {"name": check_name, "age": int, "email": check_email}

def validate(form):
    clean, errors = {}, []
    for field, rule in RULES.items():
        if field not in form:
            errors.append(FieldError(field, "required"))
            continue
        try:
            clean[field] = rule(form[field])
        except FieldError as e:
            errors.append(e)
        except (ValueError, TypeError) as e:
            errors.append(FieldError(field, str(e)))
    return clean, errors

for form in [{"name": "ann", "age": "31", "email": "a@x"}, {"name": "  ", "age": "old", "email": "nope"}, {"age": None}]:
    clean, errors = validate(form)
    print(clean)
    for e in errors:
        print("  ", e.field, "|", e)
