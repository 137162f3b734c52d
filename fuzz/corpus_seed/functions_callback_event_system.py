# Callbacks registered in lists are invoked with event data; a failing callback is uncaught.
listeners = {}

def on(event, callback):
    listeners.setdefault(event, []).append(callback)

def emit(event, **data):
    results = []
    for cb in listeners.get(event, []):
        results.append(cb(**data))
    return results

log = []
on("login", lambda user, **_: log.append(f"login {user}"))
on("login", lambda user, ip="?": f"{user}@{ip}")
on("logout", lambda user: log.append(f"logout {user}") or "bye")

def on_purchase(user, amount):
    return f"{user} spent {amount / 100:.2f}"

on("purchase", on_purchase)
print(emit("login", user="ann", ip="10.0.0.1"))
print(emit("logout", user="ann"))
print(emit("unknown"))
print(emit("purchase", user="bo", amount=1999))
print(log)
print(emit("purchase", user="cy", amount="12"))
