# field(default_factory=...) gives each instance its own mutable default; a plain mutable default is rejected.
from dataclasses import dataclass, field

@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=lambda: {"new": True})
    counter: int = field(default=0, compare=False)

b1 = Basket("ann")
b2 = Basket("bob")
b1.items.append("apple")
b1.tags["new"] = False
print(b1)
print(b2)
print(b1.items is b2.items, Basket("x", counter=5) == Basket("x", counter=9))
try:
    @dataclass
    class Broken:
        values: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    field(default=1, default_factory=int)
except ValueError as e:
    print(type(e).__name__, e)

@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root.total(), root.children[1])
