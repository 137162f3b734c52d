# Closures can mutate enclosing lists and dicts without nonlocal because they never rebind the name.
def make_logger():
    lines = []
    def log(msg):
        lines.append(msg)
        return len(lines)
    def dump():
        return list(lines)
    def clear():
        lines.clear()
    return log, dump, clear
log, dump, clear = make_logger()
log("start"); log("work")
print(dump())
snapshot = dump()
clear()
print(dump(), snapshot)

def make_cache():
    store = {}
    def get(key, compute):
        if key not in store:
            store[key] = compute(key)
        return store[key]
    get.store = store
    return get
cache = make_cache()
print(cache("abc", len), cache("abc", lambda k: "never"), cache("x", str.upper))
print(cache.store)

def broken():
    items = []
    def add(x):
        items = items + [x]
        return items
    return add
try:
    broken()(1)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
