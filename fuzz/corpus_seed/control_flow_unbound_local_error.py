# Assigning a name anywhere in a function makes it local, so reading it first raises UnboundLocalError (last one uncaught).
total = 10

def bump():
    total += 1
    return total

def conditional(flag):
    if flag:
        result = "set"
    return result

def read_then_assign():
    print(total)
    total = 5

def deleted():
    item = 1
    del item
    return item

for fn, args in [(bump, ()), (conditional, (True,)), (conditional, (False,)), (read_then_assign, ()), (deleted, ())]:
    try:
        print(fn.__name__, fn(*args))
    except UnboundLocalError as e:
        print(fn.__name__, type(e).__name__, e)
        print(isinstance(e, NameError))
print(total)

def apply_discount(price):
    if price > 100:
        discount = 0.1
    return price * (1 - discount)
def checkout(prices):
    return [apply_discount(p) for p in prices]
print(checkout([150, 200]))
print(checkout([150, 40]))
