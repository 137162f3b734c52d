# A generator expression evaluates its first iterable immediately, but later clauses and conditions lazily.
def source(name):
    print(f"evaluating {name}")
    return [1, 2]
gen = (x for x in source("outer") for y in source("inner"))
print("generator created")
print(list(gen))
def risky():
    raise LookupError("first iterable failed")
try:
    gen = (x for x in risky())
except LookupError as e:
    print("at creation:", type(e).__name__, e)
gen = (x for x in [1] for y in risky())
print("inner iterable not evaluated yet")
try:
    next(gen)
except LookupError as e:
    print("at next():", type(e).__name__, e)
try:
    gen = (x for x in 42)
except TypeError as e:
    print("at creation:", type(e).__name__, e)
def batches(rows):
    return (r.split(",") for r in rows.splitlines())
def load(rows):
    return list(batches(rows))
print(load("a,b\nc,d"))
print(load(None))
