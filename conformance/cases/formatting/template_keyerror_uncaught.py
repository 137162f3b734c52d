# Rendering templates with str.format(**context) raises KeyError for a missing field in a nested call.
TEMPLATES = {
    "greet": "Hi {user[name]}, you have {count} new {noun}{plural}",
    "bill": "{user[name]}: {amount:>10,.2f} {currency}",
}

def render(kind, **context):
    return TEMPLATES[kind].format(**context)

def notify(user, kind, **extra):
    if "count" in extra:
        extra["plural"] = "" if extra["count"] == 1 else "s"
    return render(kind, user=user, **extra)

user = {"name": "Ada"}
print(notify(user, "bill", amount=1234567.891, currency="EUR"))
print(notify(user, "greet", count=2, noun="message"), "|", notify(user, "greet", count=1, noun="alert"))
print(notify(user, "bill", amount=5))
