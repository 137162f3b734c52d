# json.dumps output with indent, sort_keys and custom separators for nested data.
import json

config = {"name": "svc", "port": 8080, "tags": ["a", "b"], "debug": False, "extra": None,
          "limits": {"cpu": 1.5, "mem": 512}}
print(json.dumps(config))
print(json.dumps(config, sort_keys=True))
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config["tags"], separators=(",", ":")))
print(json.dumps(config["limits"], separators=(",", "="), sort_keys=True))
print(json.dumps({"a": [], "b": {}}, indent=4))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps((1, 2)), json.dumps("quote\"d"), json.dumps(3.0), json.dumps(True))
print(json.dumps({1: "int key", 2.5: "float key", False: "bool key", None: "none key"}))
print(json.dumps(float("inf")), json.dumps(float("nan")))
