# Looping with zip (including strict mode) and enumerate with a start value.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ["Oslo", "Lima"]
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(names, cities)))
for idx, name in enumerate(names, start=1):
    print(f"{idx}. {name}")
try:
    for pair in zip(names, cities, strict=True):
        print("strict", pair)
except ValueError as e:
    print("ValueError", e)
try:
    list(zip(cities, names, strict=True))
except ValueError as e:
    print("ValueError", e)
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(list(zip()))
columns = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(columns)
for i, (a, b) in enumerate(zip("xy", "XY")):
    print(i, a + b)
