# Guard clauses return or raise early; an invalid record ends the program with an uncaught ValueError.
def parse_age(raw):
    if raw is None:
        return None
    raw = raw.strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ValueError(f"age must be digits, got {raw!r}")
    age = int(raw)
    if age > 150:
        raise ValueError(f"age {age} is not plausible")
    return age

def load_person(record):
    name = record.get("name")
    if not name:
        return {"error": "missing name"}
    return {"name": name.title(), "age": parse_age(record.get("age"))}

people = [
    {"name": "ann lee", "age": " 31 "},
    {"name": "", "age": "3"},
    {"name": "bo", "age": None},
    {"name": "cy", "age": ""},
]
for p in people:
    print(load_person(p))
print(load_person({"name": "dee", "age": "200"}))
