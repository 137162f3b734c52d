# Recursion over nested dicts and lists: flattening, depth, and path collection.
config = {
    "server": {"host": "localhost", "ports": [80, 443]},
    "debug": False,
    "users": [{"name": "ann", "roles": ["admin"]}, {"name": "bo", "roles": []}],
}

def flatten(obj, prefix=""):
    items = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            items.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            items.update(flatten(v, f"{prefix}{i}."))
    else:
        items[prefix[:-1]] = obj
    return items

def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, list):
        return 1 + max((depth(v) for v in obj), default=0)
    return 0

def count_leaves(obj):
    if isinstance(obj, (dict, list)):
        values = obj.values() if isinstance(obj, dict) else obj
        return sum(count_leaves(v) for v in values)
    return 1

for path, value in flatten(config).items():
    print(path, "=", value)
print("depth", depth(config), "leaves", count_leaves(config), depth([]), depth({"a": []}))
