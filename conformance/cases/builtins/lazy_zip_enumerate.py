# zip() and enumerate() pull items on demand; zip stops early, possibly consuming one extra item from earlier iterators.
def source(name, n):
    for i in range(n):
        print(f"  {name} -> {i}")
        yield f"{name}{i}"
z = zip(source("a", 3), source("b", 2))
print("zip created")
for pair in z:
    print("pair", pair)
print("zip finished")
e = enumerate(source("c", 3), start=1)
print("enumerate created")
print(next(e))
print(list(e))
short = iter([1, 2])
long_it = iter([10, 20, 30, 40])
print(list(zip(long_it, short)), list(long_it))
long_it = iter([10, 20, 30, 40])
short = iter([1, 2])
print(list(zip(short, long_it)), list(long_it))
