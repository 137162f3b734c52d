# A signature mixing positional-only, normal, *args, keyword-only and **kwargs binds each argument correctly.
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"

print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=33, d=4, z=0))
print(f(1, 2, d=4, a="kw-a", b="kw-b"))
print(f(*range(6), d=0, **{"e": 9, "extra": True}))

def attempt(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError", e)

attempt(lambda: f())
attempt(lambda: f(1))
attempt(lambda: f(1, 2, 3, c=3, d=4))
attempt(lambda: f(1, d=4, e=5, **{"d": 6}))

def g(x, /, y, *, z):
    return x + y + z

print(g(1, 2, z=3), g(1, y=2, z=3))
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
