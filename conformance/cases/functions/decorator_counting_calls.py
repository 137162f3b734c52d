# A decorator can store state as attributes on the wrapper function object.
def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        wrapper.history.append(args)
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.history = []
    return wrapper

@counted
def square(x):
    return x * x

@counted
def cube(x):
    return x ** 3

print([square(i) for i in range(4)], cube(2))
print(square.calls, cube.calls)
print(square.history)

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        else:
            wrapper.hits += 1
        return cache[n]
    wrapper.hits = 0
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.hits)
square.note = "custom"
print(square.note, sorted(k for k in vars(square)))
