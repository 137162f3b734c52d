# **rest in a mapping pattern captures the unmatched keys into a new dict in the subject's order.
def split_config(cfg):
    match cfg:
        case {"name": name, "version": ver, **rest}:
            return name, ver, rest

print(split_config({"name": "app", "debug": True, "version": 2, "port": 80}))
print(split_config({"version": 1, "name": "x"}))
print(split_config({"name": "only"}))
original = {"name": "n", "version": 0, "extra": [1]}
_, _, rest = split_config(original)
rest["added"] = True
print(original, rest, rest["extra"] is original["extra"])
match {"a": 1}:
    case {**everything}:
        print("all:", everything, type(everything).__name__)
def route(req):
    match req:
        case {"method": "GET", "path": path, **params} if not params:
            return f"GET {path}"
        case {"method": "GET", "path": path, **params}:
            return f"GET {path} with {sorted(params)}"
        case {"method": method}:
            return f"unsupported {method}"
for r in [{"method": "GET", "path": "/"}, {"method": "GET", "path": "/s", "q": "x", "page": 2},
          {"method": "POST", "body": ""}]:
    print(route(r))
