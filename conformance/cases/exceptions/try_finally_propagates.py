# try/finally without except runs cleanup and then lets the exception propagate to the caller.
events = []

class Resource:
    def __init__(self, name):
        self.name = name
        events.append(f"open {name}")
    def close(self):
        events.append(f"close {self.name}")

def use(name, fail):
    r = Resource(name)
    try:
        if fail:
            raise IOError(f"{name} read failed")
        return f"{name} ok"
    finally:
        r.close()

def use_many(specs):
    out = []
    for name, fail in specs:
        out.append(use(name, fail))
    return out

print(use_many([("a", False), ("b", False)]))
try:
    use_many([("c", False), ("d", True), ("e", False)])
except OSError as e:
    print("caught", type(e).__name__, e)
print(events)
