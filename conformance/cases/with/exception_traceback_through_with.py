# An unsuppressed exception leaves the with block after __exit__ runs and keeps propagating up the call stack.
class Span:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("start", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("end", self.name, "error" if exc_type else "ok")

def load_record(records, key):
    with Span("lookup"):
        return records[key]

def handle(records, keys):
    with Span("request"):
        return [load_record(records, k) for k in keys]

data = {"a": 1, "b": 2}
print(handle(data, ["a", "b"]))
print(handle(data, ["b", "zz", "a"]))
