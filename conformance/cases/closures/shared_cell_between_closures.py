# Two closures created by one call share the same cell, so a setter's update is seen by the getter.
def make_property(initial):
    value = initial
    def get():
        return value
    def set(new):
        nonlocal value
        old, value = value, new
        return old
    return get, set

get, set_ = make_property("a")
print(get(), set_("b"), get())
get2, set2 = make_property("x")
set2("y")
print(get(), get2())
print(get.__closure__[0] is set_.__closure__[0], get.__closure__[0] is get2.__closure__[0])

def bank():
    balance = 0
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("dep", n))
    def withdraw(n):
        nonlocal balance
        if n > balance:
            history.append(("denied", n))
            return False
        balance -= n
        history.append(("wd", n))
        return True
    def status():
        return balance, history
    return deposit, withdraw, status

dep, wd, status = bank()
dep(50); wd(20); wd(100); dep(5)
print(status())
