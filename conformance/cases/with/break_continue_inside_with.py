# break and continue inside a with block in a loop still run __exit__ each time the block is left.
class Step:
    def __init__(self, i, log):
        self.i, self.log = i, log
    def __enter__(self):
        self.log.append(f"in{self.i}")
    def __exit__(self, *exc):
        self.log.append(f"out{self.i}")

log = []
for i in range(6):
    with Step(i, log):
        if i % 2:
            continue
        if i == 4:
            break
        log.append(f"work{i}")
print(log)
log = []
n = 0
while True:
    with Step(n, log):
        n += 1
        if n > 2:
            break
print(log, n)
log = []
for i in range(2):
    for j in range(3):
        with Step(f"{i}{j}", log):
            if j == 1:
                break
print(log)
