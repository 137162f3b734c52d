# Data wrangling with enumerate/zip/sorted/map together: ranking, column-wise stats, and diffing two lists.
scores = {"ann": 88, "bob": 95, "cy": 88, "dee": 70}
ranked = sorted(scores.items(), key=lambda kv: -kv[1])
for rank, (name, score) in enumerate(ranked, start=1):
    print(f"{rank}. {name:<4} {score}")
csv = "a,b,c\n1,2,3\n4,5,6\n7,8,9"
header, *rows = [line.split(",") for line in csv.splitlines()]
columns = {h: list(map(int, col)) for h, col in zip(header, zip(*rows))}
print(columns)
print({h: sum(v) / len(v) for h, v in columns.items()})
old = ["apple", "banana", "cherry", "date"]
new = ["apple", "blueberry", "cherry", "date", "elder"]
for i, (a, b) in enumerate(zip(old, new)):
    if a != b:
        print(f"row {i}: {a!r} -> {b!r}")
print("added:", new[len(old):])
indexed = {word: i for i, word in enumerate(new)}
print(indexed["cherry"], max(enumerate(new), key=lambda p: len(p[1])))
print(list(zip(range(3), reversed(range(3)), map(str, range(3)))))
