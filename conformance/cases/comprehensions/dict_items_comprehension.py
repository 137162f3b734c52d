# Comprehensions over dict.items(), keys and values: filtering, inverting, and re-keying nested records.
stock = {"apple": 5, "pear": 0, "kiwi": 12, "fig": 0, "plum": 3}
print({k: v for k, v in stock.items() if v})
print([k for k, v in stock.items() if not v], sum(v for v in stock.values()))
inverse = {v: k for k, v in stock.items()}
print(inverse)
grouped = {v: [k for k, n in stock.items() if n == v] for v in sorted(set(stock.values()))}
print(grouped)
users = {101: {"name": "ann", "team": "red"}, 102: {"name": "bob", "team": "blue"}, 103: {"name": "cy", "team": "red"}}
print({u["name"]: uid for uid, u in users.items()})
print({team: sorted(u["name"] for u in users.values() if u["team"] == team) for team in ["blue", "red"]})
print([f"{k}={v}" for k, v in sorted(stock.items())][:3])
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
print({(outer, inner): v for outer, d in nested.items() for inner, v in d.items()})
print({k: stock[k] for k in stock.keys() & {"kiwi", "plum"}} == {"kiwi": 12, "plum": 3})
