# Closures implement a small state machine whose transitions table is captured; an invalid event is uncaught.
def make_machine(transitions, start):
    state = start
    history = [start]
    def fire(event):
        nonlocal state
        state = transitions[(state, event)]
        history.append(state)
        return state
    def current():
        return state, list(history)
    return fire, current

doors = {
    ("closed", "open"): "opened",
    ("opened", "close"): "closed",
    ("closed", "lock"): "locked",
    ("locked", "unlock"): "closed",
}
fire, current = make_machine(doors, "closed")
for ev in ["open", "close", "lock", "unlock"]:
    print(ev, "->", fire(ev))
print(current())

def run(events):
    for ev in events:
        fire(ev)
    return current()[0]

print(run(["open"]))
print(run(["close", "lock", "open"]))
