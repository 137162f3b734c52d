# format_map and the format() builtin on several types.
print("{a} and {b}".format_map({"a": 1, "b": 2}), format(0.5, ".1%"), format(42), format(1e20, ","))
print(format(True), format(True, "d"), format(None), format([1, 2]))
try:
    format([1], "^5")
except TypeError as e:
    print(type(e).__name__, e)
