# Unbounded recursion raises RecursionError, which can be caught and the program continues.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))

depth = 0
def dive():
    global depth
    depth += 1
    dive()

try:
    dive()
except RecursionError:
    print("depth reached more than 500:", depth > 500)

def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)

print(count_down(200))

def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)
print("still running")
