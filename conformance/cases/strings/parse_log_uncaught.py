# Agent-style text parsing that fails on a malformed line.
def parse(line):
    level, _, message = line.partition(": ")
    return level.strip().upper(), int(message.split()[-1])

def summarize(lines):
    return [parse(line) for line in lines]

print(summarize(["info: took 12", "warn: took 40"]))
print(summarize(["error: took many"]))
