# Dispatching parsed JSON-like dict events with mapping, sequence and type patterns, aggregating results.
events = [
    {"kind": "order", "id": 1, "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}]},
    {"kind": "refund", "id": 1, "amount": 9.5},
    {"kind": "order", "id": 2, "items": []},
    {"kind": "login", "user": {"name": "ann", "roles": ["admin", "dev"]}},
    {"kind": "login", "user": {"name": "bob", "roles": []}},
    {"kind": "ping"},
    {"id": 99},
    ["not", "a", "dict"],
]
totals = {"qty": 0, "refunded": 0.0}
for ev in events:
    match ev:
        case {"kind": "order", "id": int(oid), "items": [_, *_] as items}:
            n = sum(i["qty"] for i in items)
            totals["qty"] += n
            print(f"order {oid}: {len(items)} lines, {n} units")
        case {"kind": "order", "id": oid, "items": []}:
            print(f"order {oid}: empty, ignored")
        case {"kind": "refund", "amount": float(amt) | int(amt)}:
            totals["refunded"] += amt
            print(f"refund {amt:.2f}")
        case {"kind": "login", "user": {"name": name, "roles": ["admin", *others]}}:
            print(f"admin login {name} (+{len(others)} roles)")
        case {"kind": "login", "user": {"name": name}}:
            print(f"login {name}")
        case {"kind": kind}:
            print(f"ignored kind {kind!r}")
        case dict():
            print(f"malformed event keys={sorted(ev)}")
        case other:
            print(f"not an event: {type(other).__name__}")
print(totals)
