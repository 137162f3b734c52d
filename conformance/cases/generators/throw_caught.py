# throw() raises the exception at the paused yield; if caught, the next yielded value is returned.
def resilient():
    errors = []
    while True:
        try:
            yield len(errors)
        except ValueError as e:
            errors.append(str(e))
            print("handled", e)
        except KeyError as e:
            print("key problem", e)
            return errors

g = resilient()
print(next(g))
print(g.throw(ValueError("bad value")))
print(g.throw(ValueError("another")))
print(next(g))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("stopped with", e.value)
