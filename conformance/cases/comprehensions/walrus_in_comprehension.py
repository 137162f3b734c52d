# An assignment expression inside a comprehension binds the name in the enclosing scope, not the comprehension.
data = [3, 8, 1, 9, 4]
doubled = [y := n * 2 for n in data]
print(doubled, y)
total = 0
running = [total := total + n for n in data]
print(running, total)
lines = ["  a  ", "", "   ", "b", " c"]
cleaned = [s for line in lines if (s := line.strip())]
print(cleaned, repr(s))
def first_big(values, limit):
    if any((hit := v) > limit for v in values):
        return hit
    return None
print(first_big(data, 5), first_big(data, 50))
def parse_all(rows):
    parsed = [(k, int(v)) for row in rows if (parts := row.split("=")) and len(parts) == 2 for k, v in [parts]]
    return parsed, parts
print(parse_all(["a=1", "bad", "b=2"]))
def counter():
    count = 0
    labels = [f"{x}#{(count := count + 1)}" for x in "xyz"]
    return labels, count
print(counter())
