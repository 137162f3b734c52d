# An order state machine class validates transitions with a class-level table and records history.
class InvalidTransition(Exception):
    pass

class Order:
    TRANSITIONS = {
        "new": {"paid", "cancelled"},
        "paid": {"shipped", "refunded"},
        "shipped": {"delivered"},
    }
    def __init__(self, oid):
        self.oid = oid
        self.state = "new"
        self.history = ["new"]
    def advance(self, target):
        allowed = self.TRANSITIONS.get(self.state, set())
        if target not in allowed:
            raise InvalidTransition(f"order {self.oid}: {self.state} -> {target} not allowed")
        self.state = target
        self.history.append(target)
        return self
    @property
    def is_final(self):
        return self.state not in self.TRANSITIONS

o = Order(7).advance("paid").advance("shipped")
print(o.state, o.history, o.is_final)
o.advance("delivered")
print(o.state, o.is_final, " > ".join(o.history))
for steps in [["cancelled"], ["paid", "new"], ["shipped"], ["paid", "refunded", "paid"]]:
    order = Order(len(steps))
    try:
        for s in steps:
            order.advance(s)
        print("ok", order.history)
    except InvalidTransition as e:
        print(type(e).__name__, e, order.history)
