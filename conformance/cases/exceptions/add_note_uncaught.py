# Notes added to an uncaught exception are printed after its message line.
def load_user(record):
    try:
        return {"id": int(record["id"]), "name": record["name"]}
    except (KeyError, ValueError) as e:
        e.add_note(f"while loading record {record!r}")
        raise

def load_all(records):
    users = []
    for n, r in enumerate(records):
        try:
            users.append(load_user(r))
        except ValueError as e:
            e.add_note(f"record number {n}")
            raise
    return users

print(load_all([{"id": "1", "name": "ann"}]))
print(load_all([{"id": "2", "name": "bo"}, {"id": "3x", "name": "cy"}]))
