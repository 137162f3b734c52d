# Generator functions, yield from pipelines and lazy builtins (map, filter, zip, enumerate).
def numbers(n):
    for i in range(n):
        yield i


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def chain(*its):
    for it in its:
        yield from it


print(sum(evens(numbers(1_500_000))))
print(sum(1 for _ in chain(numbers(300_000), numbers(300_000))))
total = 0
for i, (a, b) in enumerate(zip(map(abs, range(-150_000, 150_000)), filter(None, range(300_000)))):
    total += i ^ a ^ b
print(total)
