# sorted(), dict(), set() and str.join() fully consume generators of pairs and values.
records = ["bob:31", "alice:27", "carol:35", "dave:27"]

def parse(lines):
    for line in lines:
        name, age = line.split(":")
        yield name, int(age)

print(sorted(parse(records), key=lambda p: (p[1], p[0])))
ages = dict(parse(records))
print(ages)
print(sorted(set(age for _, age in parse(records))))
print(sorted((name for name, _ in parse(records)), reverse=True))
print("|".join(name.upper() for name, _ in parse(records)))
print({name: age for name, age in parse(records) if age > 30})
try:
    dict(x for x in ["ab", "c"])
except ValueError as e:
    print(type(e).__name__, e)
