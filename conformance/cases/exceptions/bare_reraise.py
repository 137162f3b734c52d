# A bare raise inside a handler re-raises the current exception object unchanged.
log = []

def process(item):
    try:
        return 10 // item
    except ZeroDivisionError as e:
        log.append(f"logging {e}")
        raise
for item in [2, 0]:
    try:
        print(process(item))
    except ZeroDivisionError as e:
        print("re-raised:", type(e).__name__, e)
print(log)
try:
    try:
        raise ValueError("same object")
    except ValueError as e:
        original = e
        raise
except ValueError as again:
    print("identical:", again is original)
def reraise_after_cleanup():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            int("x")
        except ValueError:
            pass
        raise
try:
    reraise_after_cleanup()
except Exception as e:
    print("outer handler sees", type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
