# Multiple context managers in one with statement enter left to right and exit in reverse order.
class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} ({exc_type.__name__ if exc_type else None})")
        return False

log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log) as c:
    log.append(f"body {a}{b}{c}")
print(log)
log = []
try:
    with CM("x", log), CM("y", log):
        log.append("body")
        raise RuntimeError("fail")
except RuntimeError as e:
    log.append("handler " + str(e))
print(log)
log = []
with CM("outer", log) as o, CM(o.lower() + "-derived", log) as d:
    log.append(d)
print(log)
