# A bare except catches everything, including BaseException subclasses like KeyboardInterrupt.
def risky(kind):
    if kind == "value":
        raise ValueError("v")
    if kind == "interrupt":
        raise KeyboardInterrupt
    if kind == "exit":
        raise SystemExit(3)
    return "fine"

for kind in ["none", "value", "interrupt", "exit"]:
    try:
        print(kind, risky(kind))
    except:
        print(kind, "caught by bare except")

for kind in ["value", "interrupt", "exit"]:
    try:
        try:
            risky(kind)
        except Exception:
            print(kind, "caught by except Exception")
    except BaseException as e:
        print(kind, "escaped to BaseException:", type(e).__name__, e.args)

try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit code:", e.code)
