# Parameters after * or *args are keyword-only, with or without defaults.
def connect(host, *, port=80, timeout):
    return f"{host}:{port} t={timeout}"

print(connect("a", timeout=5))
print(connect("b", port=8080, timeout=1))
print(connect(timeout=2, host="c"))

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)

attempt(connect, "a", 443, 5)
attempt(connect, "a")
attempt(connect, "a", port=1)

def search(*terms, case_sensitive=False, limit=None):
    result = [t if case_sensitive else t.lower() for t in terms]
    return result[:limit] if limit else result

print(search("A", "B", "C"))
print(search("A", "B", "C", case_sensitive=True, limit=2))

def both(*, a, b):
    return a - b
attempt(both, b=1, a=10)
attempt(both, 1, 2)
attempt(both)
print(connect.__kwdefaults__, connect.__defaults__)
