# Keyword arguments can be given in any order, mixed with positionals, skipping defaults.
def make_user(name, email, role="user", active=True, tags=()):
    return f"{name} <{email}> role={role} active={active} tags={list(tags)}"

print(make_user("ann", "a@x.org"))
print(make_user(email="b@x.org", name="bo"))
print(make_user("cy", "c@x.org", active=False))
print(make_user("dee", role="admin", email="d@x.org", tags=("ops", "dev")))
print(make_user(tags=["t"], active=0, role="r", email="e", name="eve"))
try:
    make_user(role="admin", name="x")
except TypeError as e:
    print("TypeError", e)
def span(start, stop, step=1):
    return list(range(start, stop, step))
print(span(stop=5, start=1), span(10, step=-3, stop=0))
