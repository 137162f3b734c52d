# A dict subclass with __missing__ supplies values for absent keys on d[key] but not for get() or in.
class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        value = key.upper() if isinstance(key, str) else None
        self[key] = value
        return value

d = Defaulting(a="x")
print(d["a"], d["b"], d)
print(d.get("c"), "c" in d, d.get("c", "dflt"))
print(sorted(d.items()))

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
print(c["zebra"], "zebra" in c, len(c))

class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"config key {key!r} is required")

cfg = Strict(host="localhost")

def get_port(config):
    return config["port"]

def connect(config):
    return f"{config['host']}:{get_port(config)}"

print(cfg["host"], isinstance(cfg, dict))
connect(cfg)
