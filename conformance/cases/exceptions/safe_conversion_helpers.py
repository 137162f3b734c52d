# Helper functions that convert values and fall back to defaults on specific exceptions only.
def to_int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default

def get_path(data, path, default=None):
    current = data
    for part in path.split("."):
        try:
            current = current[int(part) if isinstance(current, list) else part]
        except (KeyError, IndexError, ValueError, TypeError):
            return default
    return current

print([to_int(v, -1) for v in ["7", " 8 ", "9.5", None, [], 3.9, True]])
doc = {"user": {"name": "ann", "tags": ["a", "b"]}, "count": 3}
for p in ["user.name", "user.tags.1", "user.tags.5", "user.tags.x", "count.value", "missing", "user.name.0"]:
    print(p, "->", get_path(doc, p, "<none>"))

def percent(part, whole):
    try:
        return f"{part / whole:.1%}"
    except ZeroDivisionError:
        return "n/a"
    except TypeError as e:
        return f"error: {e}"
print(percent(1, 3), percent(1, 0), percent("1", 2))
