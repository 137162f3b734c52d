# A with block inside a generator stays open across yields and exits on exhaustion, close() or an error.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)

def lines(name, data):
    with Res(name):
        for item in data:
            yield item

print(list(lines("full", [1, 2])))
g = lines("partial", [1, 2, 3])
print(next(g))
g.close()
print("closed early")
g = lines("thrown", "ab")
print(next(g))
try:
    g.throw(ValueError("bad data"))
except ValueError as e:
    print("propagated", e)
g = lines("break", range(10))
for x in g:
    if x == 1:
        break
print("after break, still open")
g.close()
g.close()
print(list(g))
