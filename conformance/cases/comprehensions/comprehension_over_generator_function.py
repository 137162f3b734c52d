# Comprehensions consume generator functions lazily item by item, and can feed generator pipelines.
def read_records():
    data = ["3,apple", "1,kiwi", "bad", "2,fig"]
    for i, line in enumerate(data):
        print(f"  reading line {i}")
        yield line
def valid(lines):
    for line in lines:
        if "," in line:
            yield line.split(",")
parsed = [(int(n), name) for n, name in valid(read_records())]
print(parsed)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print([x * x for x in countdown(4)], {x % 2 for x in countdown(5)}, {x: str(x) for x in countdown(2)})
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(10)])
print([x for x, _ in zip(fib(), range(6)) if x % 2 == 0])
squares = (x * x for x in countdown(3))
print(list(squares), list(squares))
