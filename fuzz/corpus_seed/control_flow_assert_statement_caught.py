# assert passes silently on truthy values and raises AssertionError with or without a message.
def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        print("ok", repr(cond))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args, str(e) == "")

check(1)
check([0])
check(0)
check([])
check(False, "values must be positive")
check(None, 42)
check("", ["list", "message"])

def validate(order):
    assert isinstance(order, dict), f"expected dict, got {type(order).__name__}"
    assert order.get("qty", 0) > 0, "qty must be positive"
    return order["qty"]

for o in ({"qty": 2}, {"qty": 0}, ["qty"]):
    try:
        print(validate(o))
    except AssertionError as e:
        print("invalid:", e)
print(issubclass(AssertionError, Exception))
