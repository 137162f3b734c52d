# Bad * and ** arguments in calls raise TypeErrors with specific messages.
def f(*args, **kwargs):
    return args, kwargs

def attempt(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError", e)

attempt(lambda: f(*5))
attempt(lambda: f(*None))
attempt(lambda: f(**[1, 2]))
attempt(lambda: f(**None))
attempt(lambda: f(**{"a": 1}, **{"a": 2}))
attempt(lambda: f(**{1: "x"}))
attempt(lambda: f(*"ok", **{"k": "v"}))

class Mapping:
    def keys(self):
        return ["one", "two"]
    def __getitem__(self, key):
        return len(key)

attempt(lambda: f(**Mapping()))
attempt(lambda: print(*[1, 2], **{"sep": 5}))
attempt(lambda: len(*[[1], [2]]))
