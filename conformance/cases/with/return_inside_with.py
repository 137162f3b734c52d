# A return inside a with block runs __exit__ before the function returns, with the value preserved.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc)
        return False

def find(items, target):
    with CM("search"):
        for i, x in enumerate(items):
            if x == target:
                return i
        print("not found")
    return -1

print(find(["a", "b", "c"], "b"))
print(find(["a"], "z"))
def nested():
    with CM("outer"):
        with CM("inner"):
            return "from inner"
print(nested())
def early(flag):
    with CM("early"):
        if flag:
            return "early return"
        result = "normal"
    print("after block")
    return result
print(early(True))
print(early(False))
