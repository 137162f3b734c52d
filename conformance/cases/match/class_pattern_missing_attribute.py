# Keyword sub-patterns for absent attributes simply fail to match; other exceptions from getattr propagate.
class Item:
    def __init__(self, name):
        self.name = name
    @property
    def price(self):
        raise AttributeError("price not loaded")
    @property
    def stock(self):
        raise LookupError("inventory service down")

def check(obj):
    match obj:
        case Item(color=c):
            return f"color {c}"
        case Item(price=p):
            return f"price {p}"
        case Item(name="widget", missing=_):
            return "impossible"
        case Item(name=n):
            return f"plain item {n}"

print(check(Item("widget")))
it = Item("gadget")
it.color = "red"
print(check(it))
def stock_level(obj):
    match obj:
        case Item(stock=s):
            return s
    return None
def report(items):
    return {i.name: stock_level(i) for i in items}
print(report([]))
print(report([Item("bolt")]))
