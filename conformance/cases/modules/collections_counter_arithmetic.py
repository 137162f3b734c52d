# Counter addition, subtraction, union and intersection drop non-positive counts.
from collections import Counter

stock = Counter(apples=5, pears=2, plums=0)
sold = Counter(apples=3, pears=4, kiwis=1)
print(stock + sold)
print(stock - sold)
print(stock | sold)
print(stock & sold)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
print(stock == Counter(apples=5, pears=2))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) <= Counter(a=2))
inventory = Counter()
for order in [["apples", "pears"], ["apples"], ["kiwis", "apples"]]:
    inventory += Counter(order)
print(inventory, dict(inventory))
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print(type(e).__name__, e)
