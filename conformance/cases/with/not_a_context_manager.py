# Using an object lacking __enter__ or __exit__ in a with statement raises TypeError before the body runs.
class OnlyEnter:
    def __enter__(self):
        print("enter should not run")
        return self

class OnlyExit:
    def __exit__(self, *a):
        pass

for obj in [OnlyEnter(), OnlyExit(), 42, "text", [1], None]:
    try:
        with obj:
            print("body")
    except TypeError as e:
        print(type(e).__name__, e)

class Outer:
    def __enter__(self):
        print("outer enter")
    def __exit__(self, *a):
        print("outer exit", a[0].__name__)
try:
    with Outer(), 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
