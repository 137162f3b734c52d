# A StopIteration raised inside a generator body is converted to RuntimeError (PEP 479).
def first_of_each(lists):
    for lst in lists:
        it = iter(lst)
        yield next(it)

print(list(first_of_each([[1, 2], [3], [4, 5]])))
try:
    list(first_of_each([[1], [], [2]]))
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__)

def safe_first(lists):
    for lst in lists:
        try:
            yield next(iter(lst))
        except StopIteration:
            yield None

print(list(safe_first([[1], [], [2]])))

def explicit():
    yield 1
    raise StopIteration("explicit")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
print(next(g, "exhausted after error"))
