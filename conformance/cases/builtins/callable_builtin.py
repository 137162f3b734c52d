# callable() is True for functions, classes, builtins and objects with __call__; calling a non-callable fails.
def f():
    return 1
class Plain:
    pass
class Caller:
    def __call__(self, x):
        return x * 2
print(callable(f), callable(lambda: 0), callable(len), callable(str.upper), callable("s".upper))
print(callable(Plain), callable(Plain()), callable(Caller()), callable(Caller), callable(int))
print(callable(None), callable(42), callable("f"), callable([f]))
print(Caller()(21), [g() for g in [f, int, list, dict] if callable(g)])
handlers = {"double": Caller(), "name": "not callable", "len": len}
for key, h in handlers.items():
    print(key, h("abc") if callable(h) else f"skip {h!r}")
def run(task):
    return task()
def schedule(tasks):
    return [run(t) for t in tasks]
print(schedule([f, tuple]))
schedule([f, 5])
