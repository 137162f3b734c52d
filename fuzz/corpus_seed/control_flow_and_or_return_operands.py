# and/or return one of their operands (not necessarily a bool); not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print([] or {}, [] and {}, "x" and "", "" or "y")
print(None or 0 or "" or [] or "last")
print(1 and 2 and 3 and 0 and 5)
print(repr(0.0 or None), repr(None and 1))
print(not [], not [0], not "", type(not 1).__name__)
name = ""
display = name or "anonymous"
print(display)
config = {"retries": 0}
print(config.get("retries") or 3, config.get("retries", 3))
items = [3, 0, None, "a", ""]
print([i or "-" for i in items])
print([i and "set" for i in items])
print(True + (1 and 2), (0 or 4) * 2)
x = 5
print(x > 3 and "big" or "small", x > 9 and "big" or "small")
