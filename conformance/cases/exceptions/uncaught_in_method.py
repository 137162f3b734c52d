# An uncaught exception raised inside methods lists each method frame by its function name.
class Cart:
    def __init__(self, prices):
        self.prices = prices
        self.items = []
    def add(self, name, qty=1):
        price = self.price_of(name)
        self.items.append((name, qty, price))
        return self
    def price_of(self, name):
        return self.prices[name]
    def total(self):
        return sum(q * p for _, q, p in self.items)

cart = Cart({"pen": 1.5, "book": 12.0})
cart.add("pen", 2).add("book")
print(cart.total())
cart.add("lamp")
print("unreachable")
