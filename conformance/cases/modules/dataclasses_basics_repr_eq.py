# @dataclass generates __init__, __repr__ and __eq__ with defaults, and fields() lists the fields.
from dataclasses import dataclass, fields, field

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    secret: str = field(default="hidden", repr=False)

a = Item("pen", 1.5)
b = Item("pen", 1.5, 1)
print(a)
print(a == b, a == Item("pen", 1.5, 2), a == ("pen", 1.5, 1))
print([f.name for f in fields(Item)])
print([(f.name, f.type.__name__, f.repr) for f in fields(a)])
c = Item(qty=3, price=2.0, name="ink")
c.qty += 1
print(c, c.secret, c.qty * c.price)
print(Item.qty, Item.secret, hasattr(Item, "price"))
try:
    Item("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item("x", 1, 2, "s", "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
