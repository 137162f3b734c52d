# Nested if statements with compound conditions route records to the right bucket.
records = [
    {"name": "ann", "age": 34, "active": True, "role": "admin"},
    {"name": "bob", "age": 17, "active": True, "role": "user"},
    {"name": "cy", "age": 52, "active": False, "role": "user"},
    {"name": "dee", "age": 25, "active": True, "role": "user"},
    {"name": "eve", "age": 40, "active": False, "role": "admin"},
]
buckets = {}
for r in records:
    if r["active"]:
        if r["role"] == "admin":
            key = "active-admin"
        elif r["age"] < 18:
            key = "minor"
        else:
            key = "active-user"
    else:
        if r["role"] == "admin" and r["age"] >= 40:
            key = "retired-admin"
        else:
            key = "inactive"
    buckets.setdefault(key, []).append(r["name"])
for k in sorted(buckets):
    print(k, buckets[k])
n = 15
if n % 3 == 0 and n % 5 == 0:
    print("fizzbuzz")
if not (n < 10 or n > 20):
    print("in range 10..20")
