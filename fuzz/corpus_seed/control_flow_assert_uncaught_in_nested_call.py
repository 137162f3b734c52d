# An assert failing two calls deep ends the program with an AssertionError traceback.
def normalize(weights):
    total = sum(weights)
    assert total > 0, f"weights must sum to a positive number, got {total}"
    return [w / total for w in weights]

def build_distribution(raw):
    weights = [max(0, w) for w in raw]
    return normalize(weights)

print(build_distribution([1, 1, 2]))
print(build_distribution([-1, 4]))
print(build_distribution([-3, 0, -1]))
print("unreachable")
