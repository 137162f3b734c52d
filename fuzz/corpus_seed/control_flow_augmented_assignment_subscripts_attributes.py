# Augmented assignment on subscripts and attributes evaluates the target expression only once.
log = []
def key(k):
    log.append(f"key({k})")
    return k

counts = {"a": 0, "b": 5}
counts[key("a")] += 1
counts[key("b")] *= 3
print(counts, log)

class Stats:
    def __init__(self):
        self.hits, self.names = 0, []

def get(obj):
    log.append("get")
    return obj
log.clear()
st = Stats()
get(st).hits += 2
get(st).names += ["x"]
print(st.hits, st.names, log)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
freq = {}
for w in "the cat and the hat and the bat".split():
    freq[w] = freq.get(w, 0) + 1
freq["the"] += 100
print(freq)
try:
    freq["missing"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    st.missing += 1
except AttributeError as e:
    print("AttributeError", e)
