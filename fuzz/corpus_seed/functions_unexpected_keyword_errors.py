# Unknown keyword arguments raise TypeError naming the function and the keyword.
def greet(name, greeting="hi"):
    return f"{greeting} {name}"

class Config:
    def __init__(self, path, *, strict=False):
        self.path = path

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(e)

attempt(greet, "bo", greting="yo")
attempt(greet, name="bo", nmae="x")
attempt(Config, "a.ini", strict=True, verbose=1)
attempt(Config, path="p", **{"strict": 1, "mode": "r"})
attempt(lambda: 0, x=1)

def nested():
    def inner(v):
        return v
    return inner

attempt(nested(), w=1)
attempt(greet, "a", **{"greeting": "hey"})
