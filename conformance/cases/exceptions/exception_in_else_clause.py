# Exceptions raised in an else clause are not handled by that try's except clauses.
def process(value):
    try:
        n = int(value)
    except ValueError:
        return "not a number"
    else:
        return 100 // n
    finally:
        print("  finally for", repr(value))

for v in ["5", "x"]:
    print(process(v))
try:
    process("0")
except ZeroDivisionError as e:
    print("escaped from else:", e)

def else_with_handler_for_same_type():
    try:
        pass
    except KeyError:
        return "inner handler"
    else:
        raise KeyError("raised in else")

try:
    else_with_handler_for_same_type()
except KeyError as e:
    print("outer handler got", e)
