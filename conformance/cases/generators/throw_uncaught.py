# An exception thrown into a generator that does not catch it propagates out of throw().
def worker():
    print("start")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup in finally")

g = worker()
print(next(g))
try:
    g.throw(RuntimeError("stop now"))
except RuntimeError as e:
    print("caught outside:", type(e).__name__, e)
print(next(g, "exhausted"))

g2 = worker()
try:
    g2.throw(ValueError("before start"))
except ValueError as e:
    print("not started:", e)
print(list(g2))

def run():
    g3 = worker()
    next(g3)
    g3.throw(LookupError("thrown and uncaught"))

run()
