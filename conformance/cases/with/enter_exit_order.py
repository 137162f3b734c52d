# __enter__ runs before the body and __exit__ after it, receiving three Nones when no exception occurred.
class Tracer:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False

print("before")
with Tracer("a"):
    print("body")
print("after")
with Tracer("b") as t:
    print("bound", t.name, type(t).__name__)
print("still bound after block:", t.name)
def run():
    with Tracer("fn"):
        x = 10
    return x
print(run())
