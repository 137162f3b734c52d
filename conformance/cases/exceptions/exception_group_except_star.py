# ExceptionGroup bundles several errors, and except* handles each matching subgroup separately.
def run_tasks(tasks):
    errors = []
    for name, fn in tasks:
        try:
            fn()
        except Exception as e:
            e.add_note(f"in task {name}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)

tasks = [("a", lambda: int("x")), ("b", lambda: None), ("c", lambda: {}["k"]), ("d", lambda: int("y"))]
try:
    run_tasks(tasks)
except* ValueError as group:
    print("ValueErrors:", [str(e) for e in group.exceptions], [e.__notes__ for e in group.exceptions])
except* KeyError as group:
    print("KeyErrors:", [repr(e) for e in group.exceptions])

eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
print(eg.subgroup(KeyError))
try:
    try:
        raise eg
    except* TypeError:
        print("handled TypeError part")
except ExceptionGroup as remaining:
    print("remaining:", [str(e) for e in remaining.exceptions])
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError", e)
