# Evaluation order inside comprehensions: clauses run left to right; in dict comprehensions the key is evaluated before the value.
log = []
def note(tag, value):
    log.append(f"{tag}{value}")
    return value
result = [note("e", x) for x in [note("it", 1), note("it", 2)] if note("if", x) > 1]
print(result, log)
log.clear()
d = {note("k", x): note("v", x * 10) for x in range(2)}
print(d, log)
log.clear()
s = {note("s", x % 2) for x in range(3)}
print(s, log)
log.clear()
pairs = [(note("a", a), note("b", b)) for a in range(2) for b in range(note("range", a + 1))]
print(pairs, log)
counter = iter(range(100))
print([next(counter) for _ in range(3)], [(next(counter), next(counter)) for _ in range(2)])
acc = []
print([acc.append(x) or len(acc) for x in "abc"], acc)
