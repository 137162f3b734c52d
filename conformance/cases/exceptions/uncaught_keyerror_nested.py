# A KeyError from a nested dict lookup two calls deep is uncaught, printing the quoted key.
inventory = {
    "warehouse-a": {"bolts": 120, "nuts": 80},
    "warehouse-b": {"bolts": 15},
}

def stock(site, part):
    return inventory[site][part]

def total_stock(part, sites):
    return sum(stock(s, part) for s in sites)

def report(part):
    return f"{part}: {total_stock(part, inventory)}"

print(report("bolts"))
print(report("nuts"))
