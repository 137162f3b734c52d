# An event bus stores bound methods and functions as callbacks and calls them in subscription order.
class EventBus:
    def __init__(self):
        self.handlers = {}
    def subscribe(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)
    def unsubscribe(self, event, handler):
        self.handlers[event].remove(handler)
    def emit(self, event, **payload):
        return [h(**payload) for h in self.handlers.get(event, [])]

class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []
    def on_save(self, name, size=0):
        self.lines.append(f"{self.prefix} saved {name} ({size}b)")
        return self.prefix

class Stats:
    saves = 0
    @classmethod
    def on_save(cls, **kw):
        cls.saves += 1
        return cls.saves

bus = EventBus()
log_a, log_b = Logger("A"), Logger("B")
bus.subscribe("save", log_a.on_save)
bus.subscribe("save", log_b.on_save)
bus.subscribe("save", Stats.on_save)
bus.subscribe("save", lambda **kw: kw["name"].upper())
print(bus.emit("save", name="doc", size=12))
bus.unsubscribe("save", log_a.on_save)
print(bus.emit("save", name="img"), bus.emit("load", name="x"))
print(log_a.lines, log_b.lines, Stats.saves)
try:
    bus.emit("save", weight=3)
except TypeError as e:
    print(type(e).__name__, e)
