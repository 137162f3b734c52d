# Generator methods on classes, including staticmethods and ones that read instance state lazily.
class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def low_stock(self, threshold):
        for name, qty in self.items.items():
            if qty < threshold:
                yield name

    @staticmethod
    def numbered(names):
        for i, n in enumerate(names, 1):
            yield f"#{i} {n}"

inv = Inventory().add("bolts", 3).add("nuts", 50).add("gears", 1)
pending = inv.low_stock(5)
inv.add("washers", 2)
print(list(pending))
print(list(Inventory.numbered(inv.low_stock(10))))
inv.add("gears", 10)
print(list(inv.low_stock(5)))
try:
    for name in inv.low_stock(100):
        inv.add("new_" + name, 1)
except RuntimeError as e:
    print(type(e).__name__, e)
