# Or-patterns can appear inside sequences, mapping values and class keyword sub-patterns, each with captures.
class Msg:
    def __init__(self, level, text):
        self.level, self.text = level, text

def triage(m):
    match m:
        case Msg(level="error" | "fatal", text=t):
            return f"page someone: {t}"
        case Msg(level=("warn" | "warning") as lvl):
            return f"log {lvl}"
        case {"status": 200 | 201 | 204, "body": b}:
            return f"success body={b!r}"
        case {"status": 301 | 302, "location": loc} | {"status": 303, "see": loc}:
            return f"redirect to {loc}"
        case [("GET" | "HEAD") as verb, path]:
            return f"read {verb} {path}"
        case [("PUT" | "POST"), path, (dict() | list()) as payload]:
            return f"write {path} {type(payload).__name__}"
        case _:
            return "ignore"

cases = [Msg("fatal", "disk"), Msg("warning", "slow"), Msg("info", "x"),
         {"status": 204, "body": None}, {"status": 302, "location": "/a"}, {"status": 303, "see": "/b"},
         {"status": 500}, ["HEAD", "/"], ["POST", "/u", {"a": 1}], ["PUT", "/u", "text"]]
for c in cases:
    print(triage(c))
