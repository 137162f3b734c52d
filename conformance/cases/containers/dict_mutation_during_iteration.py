# Adding or removing dict keys while iterating raises RuntimeError; changing values or iterating a copy is fine.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] *= 10
print(d)
for k in list(d):
    if d[k] > 15:
        del d[k]
print(d)
try:
    for k in d:
        d[k + "2"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
def prune(inventory):
    for item, qty in inventory.items():
        if qty == 0:
            del inventory[item]
    return inventory
def restock(inventory):
    return prune(inventory)
print(restock({"apple": 3, "pear": 2}))
print(restock({"apple": 3, "pear": 0, "fig": 1}))
