# The try's return value is evaluated before finally runs; finally side effects on mutable values are visible.
log = []

def value(name):
    log.append(f"eval {name}")
    return name

def f():
    try:
        return value("try")
    finally:
        log.append("finally")
print(f(), log)

def g():
    data = [1]
    try:
        return data
    finally:
        data.append(2)
        data = "rebound in finally"
print(g())
def h():
    x = 10
    try:
        return x
    finally:
        x = 99
print(h())
def cleanup_order():
    out = []
    try:
        try:
            out.append("inner try")
            return out
        finally:
            out.append("inner finally")
    finally:
        out.append("outer finally")
print(cleanup_order())
