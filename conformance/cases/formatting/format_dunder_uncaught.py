# A __format__ method that raises, uncaught through nested calls.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec not in ("", "d"):
            raise ValueError(f"bad money spec {spec!r}")
        return f"${self.cents / 100:.2f}"

def line(item, cost):
    return f"{item}: {cost}"

def bad_line(item, cost):
    return f"{item}: {cost:x}"

print(line("tea", Money(250)))
print(bad_line("cake", Money(400)))
