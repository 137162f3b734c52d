# A closure called before its enclosing function assigns the captured name fails with an uncaught NameError.
def make_session(users, eager):
    handlers = []
    def greet(name):
        return f"{greeting}, {name}"
    if eager:
        handlers.append(greet(users[0]))
    greeting = "Welcome"
    handlers.extend(greet(u) for u in users)
    return handlers

def start():
    print(make_session(["ann", "bo"], False))
    print(make_session(["cy"], True))

start()
