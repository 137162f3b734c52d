# Walrus in if conditions and comprehensions binds names in the enclosing scope.
setting_line = "version=3.13"
if (idx := setting_line.find("=")) != -1:
    print("key", setting_line[:idx], "value", setting_line[idx + 1:])
print("idx still bound:", idx)

values = [3, 8, 1, 9, 4]
if (n := len(values)) > 3:
    print(f"list too long ({n} elements, expected <= 3)")

def square(x):
    return x * x

results = [y for x in values if (y := square(x)) > 10]
print(results, "last y:", y)

total = 0
running = [total := total + v for v in values]
print(running, total)

print(any((hit := v) > 7 for v in values), "first hit:", hit)

def f():
    if (m := 10) > 5:
        pass
    return m
print(f())
print((z := 5) + z)
