# Chained generator stages form a lazy pipeline processing log lines one at a time.
LOG = """INFO start service
WARN disk at 85%
ERROR failed to connect db
INFO retry
ERROR timeout on request 17
DEBUG noise"""

def read_lines(text):
    for line in text.splitlines():
        yield line

def parse(lines):
    for line in lines:
        level, _, msg = line.partition(" ")
        yield {"level": level, "msg": msg}

def only(level, entries):
    for e in entries:
        if e["level"] == level:
            yield e

def numbered(entries):
    for i, e in enumerate(entries, 1):
        yield f"{i}. {e['msg']}"

for row in numbered(only("ERROR", parse(read_lines(LOG)))):
    print(row)
counts = {}
for e in parse(read_lines(LOG)):
    counts[e["level"]] = counts.get(e["level"], 0) + 1
print(counts)
