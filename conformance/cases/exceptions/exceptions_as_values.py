# Exception instances are ordinary objects that can be stored in lists, returned, compared and raised later.
def safe(fn, *args):
    try:
        return fn(*args), None
    except Exception as e:
        return None, e

results = [safe(int, "5"), safe(int, "x"), safe(divmod, 1, 0), safe(lambda: [][0])]
for value, err in results:
    print(value, repr(err))
errors = [e for _, e in results if e is not None]
print([type(e).__name__ for e in errors])
print(errors[0] == errors[0], ValueError("a") == ValueError("a"))
by_type = {}
for e in errors:
    by_type.setdefault(type(e), []).append(str(e))
for t, msgs in by_type.items():
    print(t.__name__, msgs)
print(sorted(errors, key=lambda e: type(e).__name__))
pending = errors[1]
try:
    raise pending
except ZeroDivisionError as e:
    print("raised later:", e is pending)
print(str(KeyError("k")) in {"'k'"}, type(errors[2]) is IndexError)
