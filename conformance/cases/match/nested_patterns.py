# Patterns nest arbitrarily: sequences inside mappings inside class patterns, with captures at any depth.
class Order:
    __match_args__ = ("customer", "lines")
    def __init__(self, customer, lines):
        self.customer, self.lines = customer, lines

def summarize(order):
    match order:
        case Order({"name": name, "vip": True}, [(sku, qty)]):
            return f"VIP {name} single line {sku}x{qty}"
        case Order({"name": name}, []):
            return f"{name} has an empty order"
        case Order({"name": name}, [(sku, 1), *more]) if not more:
            return f"{name} buys one {sku}"
        case Order({"name": name}, [_, _, *more] as lines):
            qty = sum(q for _, q in lines)
            return f"{name} multi-line, {qty} items, {len(more)} beyond two"
        case Order(customer={"name": name}, lines=[(sku, qty)]):
            return f"{name} buys {qty} of {sku}"
        case Order(customer):
            return f"unusual order for {customer}"

orders = [
    Order({"name": "ann", "vip": True}, [("A1", 3)]),
    Order({"name": "bob"}, []),
    Order({"name": "cy", "vip": False}, [("B2", 1)]),
    Order({"name": "dee"}, [("A1", 2), ("C3", 5), ("D4", 1)]),
    Order({"name": "eve"}, [("Z9", 4)]),
    Order("anonymous", None),
]
for o in orders:
    print(summarize(o))
