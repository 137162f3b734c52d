# map() and filter() are lazy: their functions run only as items are pulled, interleaving with the consumer's prints.
def double(x):
    print(f"  double({x})")
    return x * 2
def is_big(x):
    print(f"  is_big({x})")
    return x > 2
pipeline = filter(is_big, map(double, [1, 2, 3]))
print("pipeline created")
for value in pipeline:
    print("got", value)
print("second pass:", list(pipeline))
m = map(double, [5, 6, 7])
print("first:", next(m))
print("rest:", list(m))
def noisy_source():
    for i in range(3):
        print(f"  yield {i}")
        yield i
f = filter(None, noisy_source())
print("filter created")
print("first truthy:", next(f))
print("done")
