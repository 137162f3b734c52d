# KeyError messages show the repr of the missing key, and an uncaught KeyError from nested lookups.
d = {"a": 1, 2: "two", (1, 2): "pair"}
for key in ["missing", 3, (1, 3), None, "", 1.5]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del", e)
print(str(KeyError("a b")), str(KeyError()), str(KeyError(1, 2)))

config = {"db": {"host": "h", "port": 5432}}

def get_path(data, path):
    for part in path.split("."):
        data = data[part]
    return data

def port_of(cfg):
    return get_path(cfg, "db.port")

def user_of(cfg):
    return get_path(cfg, "db.user")

print(port_of(config))
print(user_of(config))
