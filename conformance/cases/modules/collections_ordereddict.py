# OrderedDict move_to_end, popitem(last=...) and order-sensitive equality.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("p", 1), ("q", 2)])
y = OrderedDict([("q", 2), ("p", 1)])
print(x == y, dict(x) == dict(y), x == {"q": 2, "p": 1})
try:
    x.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def touch(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)

cache = LRU(2)
for k in "abacd":
    cache.touch(k, k.upper())
print(list(cache.items()))
