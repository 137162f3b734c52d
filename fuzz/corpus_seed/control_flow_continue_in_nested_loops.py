# continue and break only affect the innermost loop they appear in.
pairs = []
for i in range(4):
    if i == 2:
        continue
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        pairs.append((i, j))
print(pairs)

lines = ["# comment", "a=1", "", "b = 2", "bad line", "c= 3  # trailing"]
config = {}
for line in lines:
    line = line.split("#")[0].strip()
    if not line:
        continue
    if "=" not in line:
        print("skipping", repr(line))
        continue
    key, value = line.split("=")
    config[key.strip()] = int(value)
print(config)

total = 0
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print("even sum", total)
