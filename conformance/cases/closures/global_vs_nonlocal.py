# global inside a nested function targets the module name even when an enclosing local has the same name.
value = "module"

def outer():
    value = "outer local"
    def set_global():
        global value
        value = "set via global"
    def set_nonlocal():
        nonlocal value
        value = "set via nonlocal"
    set_global()
    after_global = value
    set_nonlocal()
    return after_global, value
print(outer())
print(value)

def shadowing():
    value = "local"
    def inner():
        global value
        return value
    return inner()
print(shadowing())

hits = 0
def make_tracker():
    def track():
        global hits
        hits += 1
        return hits
    return track
t = make_tracker()
t(); t()
print(hits)
