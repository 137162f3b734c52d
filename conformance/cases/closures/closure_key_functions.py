# Factories produce sort-key and filter closures parameterised by field names and thresholds.
rows = [
    {"name": "ann", "dept": "ops", "salary": 70},
    {"name": "bo", "dept": "dev", "salary": 95},
    {"name": "cy", "dept": "dev", "salary": 80},
    {"name": "dee", "dept": "ops", "salary": 60},
]

def by(*fields, reverse_fields=()):
    def key(row):
        return tuple(-row[f] if f in reverse_fields else row[f] for f in fields)
    return key

def where(field, op, value):
    ops = {"==": lambda a, b: a == b, ">": lambda a, b: a > b, "<": lambda a, b: a < b}
    test = ops[op]
    return lambda row: test(row[field], value)

print([r["name"] for r in sorted(rows, key=by("dept", "name"))])
print([r["name"] for r in sorted(rows, key=by("dept", "salary", reverse_fields=("salary",)))])
print([r["name"] for r in filter(where("salary", ">", 65), rows)])
devs = where("dept", "==", "dev")
print([r["name"] for r in rows if devs(r)])
conditions = [where("dept", "==", "ops"), where("salary", "<", 65)]
print([r["name"] for r in rows if all(c(r) for c in conditions)])
try:
    where("salary", ">=", 1)
except KeyError as e:
    print("KeyError", e)
