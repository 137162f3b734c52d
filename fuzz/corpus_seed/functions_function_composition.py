# Composing functions into new functions and building pipelines from lists of callables.
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

def pipe(*fns):
    return compose(*reversed(fns))

inc = lambda x: x + 1
dbl = lambda x: x * 2
sq = lambda x: x * x
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(pipe(inc, dbl, sq)(1), compose()(42))
slugify = pipe(str.strip, str.lower, str.split, "-".join)
print(slugify("  Hello Big World "))

def partial(fn, *fixed, **fixed_kw):
    def call(*args, **kw):
        return fn(*fixed, *args, **{**fixed_kw, **kw})
    return call

def greet(greeting, name, punct="."):
    return f"{greeting}, {name}{punct}"

hello = partial(greet, "Hello")
print(hello("ann"), hello("bo", punct="!"))
excited = partial(greet, punct="!!")
print(excited("Hi", "cy"))
print(list(map(partial(pow, 2), range(6))))
