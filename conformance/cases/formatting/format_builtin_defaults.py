# The format() builtin with empty specs falls back to str(); object.__format__ rejects non-empty specs.
class Plain:
    def __str__(self):
        return "plain!"

print(format(Plain()), format(Plain(), ""), format(None), format([1, "a"]), format((1,)), format({1: 2}))
print(format(True), format(True, ">6"), format(False, "d"), format(1.0), format(1e16), format("x"), format(3, ""))
print(f"{Plain()}", "{}".format(Plain()), f"[{Plain()!s:>8}]", f"[{None!r:>6}]", f"[{[1]!s:^7}]")
for value, spec in [(Plain(), "s"), (None, ">5"), ([1], "10"), ((), "x"), (object, "s")]:
    try:
        format(value, spec)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
