# try/except/else/finally run in a fixed order depending on whether the body raises.
def run(label, action):
    print(f"[{label}]")
    try:
        print("  try start")
        result = action()
        print("  try end", result)
    except ValueError as e:
        print("  except ValueError:", e)
    except ZeroDivisionError:
        print("  except ZeroDivisionError")
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

run("ok", lambda: 42)
run("value", lambda: int("nope"))
run("zero", lambda: 1 // 0)
try:
    run("key", lambda: {}["missing"])
except KeyError as e:
    print("caught outside:", repr(e))

def no_except():
    try:
        return "from try"
    finally:
        print("  finally before return value is used")
print(no_except())
