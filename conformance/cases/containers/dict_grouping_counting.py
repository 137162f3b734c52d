# Typical data wrangling with plain dicts: counting, grouping, inverting, and sorting by value.
orders = [
    ("alice", "book", 12.5), ("bob", "pen", 1.25), ("alice", "pen", 1.25),
    ("carol", "book", 12.5), ("bob", "lamp", 30.0), ("alice", "lamp", 30.0),
]
totals = {}
by_item = {}
for customer, item, price in orders:
    totals[customer] = totals.get(customer, 0) + price
    by_item.setdefault(item, []).append(customer)
print(totals)
print(by_item)
ranking = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranking)
popularity = {item: len(names) for item, names in by_item.items()}
print(max(popularity, key=popularity.get), popularity)
index = {}
for customer, items in [("alice", ["book", "pen"]), ("bob", ["pen"])]:
    for it in items:
        index[it] = index.get(it, []) + [customer]
print(index)
nested = {}
for customer, item, price in orders:
    nested.setdefault(customer, {})[item] = price
print(nested["alice"], sum(nested["bob"].values()))
print({k: v for k, v in sorted(totals.items()) if v > 20})
