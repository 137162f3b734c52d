# Methods can return closures that capture self and keep working after the attribute changes.
class Inventory:
    def __init__(self):
        self.items = {}
    def adder(self, name):
        def add(qty=1):
            self.items[name] = self.items.get(name, 0) + qty
            return self.items[name]
        return add
    def threshold_filter(self, minimum):
        return lambda: sorted(k for k, v in self.items.items() if v >= minimum)

inv = Inventory()
add_apple = inv.adder("apple")
add_pear = inv.adder("pear")
print(add_apple(), add_apple(5), add_pear(2))
at_least_3 = inv.threshold_filter(3)
print(at_least_3())
add_pear(4)
print(at_least_3())
inv.items = {"fig": 10}
print(at_least_3(), add_apple(), inv.items)

class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0
    def handler(self):
        def on_click():
            self.clicks += 1
            return f"{self.label} clicked {self.clicks}x"
        return on_click
b = Button("save")
h = b.handler()
h(); b.label = "SAVE"
print(h(), b.clicks)
