# and/or stop evaluating as soon as the result is known, so later calls never happen.
calls = []

def t(name):
    calls.append(name)
    return True

def f(name):
    calls.append(name)
    return False

def run(label, thunk):
    calls.clear()
    result = thunk()
    print(label, result, calls)

run("f and t", lambda: f("a") and t("b"))
run("t and f", lambda: t("a") and f("b"))
run("t or f", lambda: t("a") or f("b"))
run("f or t", lambda: f("a") or t("b"))
run("f or f and t", lambda: f("a") or f("b") and t("c"))
run("t or t and f", lambda: t("a") or t("b") and f("c"))
run("not f and t", lambda: not f("a") and t("b"))

d = {}
print("key" in d and d["key"] > 0)
data = None
print(data is not None and len(data) > 2)
n = 0
print(n != 0 and 10 / n > 1)
