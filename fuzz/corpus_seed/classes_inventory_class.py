# A typical Inventory class tracks quantities and prices with validation errors and summary reports.
class OutOfStock(Exception):
    pass

class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty, price):
        if qty <= 0:
            raise ValueError(f"quantity must be positive: {qty}")
        entry = self.items.setdefault(name, {"qty": 0, "price": price})
        entry["qty"] += qty
        entry["price"] = price
    def remove(self, name, qty):
        if name not in self.items:
            raise KeyError(name)
        have = self.items[name]["qty"]
        if qty > have:
            raise OutOfStock(f"only {have} {name} left, wanted {qty}")
        self.items[name]["qty"] -= qty
        if self.items[name]["qty"] == 0:
            del self.items[name]
    def value(self):
        return round(sum(e["qty"] * e["price"] for e in self.items.values()), 2)
    def report(self):
        return [f"{n:<8}{e['qty']:>4} @ {e['price']:.2f}" for n, e in sorted(self.items.items())]

inv = Inventory()
inv.add("apple", 10, 0.5)
inv.add("pear", 4, 0.75)
inv.add("apple", 5, 0.55)
inv.remove("pear", 4)
print(inv.value(), list(inv.items))
inv.add("kiwi", 3, 1.2)
print("\n".join(inv.report()))
for op in [lambda: inv.add("fig", 0, 1), lambda: inv.remove("plum", 1), lambda: inv.remove("kiwi", 9)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
