# Walking and transforming nested dict/list records like parsed JSON: lookups, defaults, flattening.
data = {
    "users": [
        {"id": 1, "name": "ann", "roles": ["admin", "dev"], "profile": {"city": "oslo"}},
        {"id": 2, "name": "bob", "roles": [], "profile": {}},
        {"id": 3, "name": "cy", "roles": ["dev"], "profile": {"city": "rome"}},
    ],
    "meta": {"count": 3},
}
names = [u["name"] for u in data["users"]]
cities = {u["name"]: u["profile"].get("city", "?") for u in data["users"]}
print(names, cities)
by_role = {}
for user in data["users"]:
    for role in user["roles"] or ["none"]:
        by_role.setdefault(role, []).append(user["id"])
print(by_role)
def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}{i}."))
    else:
        out[prefix.rstrip(".")] = obj
    return out
flat = flatten(data)
print(len(flat), flat["users.0.roles.1"], flat["meta.count"])
print([k for k in flat if k.startswith("users.2")])
data["users"][1]["profile"]["city"] = "lima"
print(data["users"][1], data["meta"].get("missing", {}).get("x"))
