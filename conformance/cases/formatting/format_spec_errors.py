# Bad format specs raise ValueError with CPython's messages.
for value, spec in [(3.5, "d"), ("x", "d"), ("x", "+"), (5, ".2"), (5, "z,"), (1, ",_")]:
    try:
        format(value, spec)
    except ValueError as e:
        print(type(e).__name__, e)
