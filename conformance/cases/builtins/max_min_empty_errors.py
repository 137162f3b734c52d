# min()/max() of an empty iterable raise ValueError unless a default is given; uncaught from a helper here.
print(min([4, 2, 8]), max({7: "a", 3: "b"}), min("zebra"), max(range(3)))
for empty in [[], (), "", {}, set(), range(0)]:
    try:
        max(empty)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    min(x for x in [1, 2] if x > 5)
except ValueError as e:
    print(type(e).__name__, e)
print(min((x for x in [1, 2] if x > 5), default="none matched"))
def cheapest(offers):
    return min(offers, key=lambda o: o["price"])["shop"]
def best_deal(catalog, product):
    offers = [o for o in catalog if o["product"] == product]
    return cheapest(offers)
catalog = [
    {"product": "tea", "shop": "A", "price": 4},
    {"product": "tea", "shop": "B", "price": 3},
    {"product": "milk", "shop": "A", "price": 2},
]
print(best_deal(catalog, "tea"), best_deal(catalog, "milk"))
print(best_deal(catalog, "coffee"))
