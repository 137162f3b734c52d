# Two-argument iter(callable, sentinel) calls the function until it returns the sentinel value.
data = ["alpha", "beta", "", "gamma"]
pos = 0
def read_line():
    global pos
    line = data[pos]
    pos += 1
    return line
print(list(iter(read_line, "")))
print(pos)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), counter)
chunks = iter([b"ab", b"cd", b""])
print(list(iter(lambda: next(chunks), b"")))
stack = [3, 2, 1, None, 9]
for item in iter(stack.pop, 1):
    print("popped", item)
print(stack)
it = iter(tick, 9)
print(next(it), next(it), list(it), list(it))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
source = iter([1, 2])
stopper = iter(lambda: next(source), 99)
print(next(stopper), next(stopper))
print(next(stopper, "exhausted"))
