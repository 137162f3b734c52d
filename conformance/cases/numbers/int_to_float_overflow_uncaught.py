# Mixing a huge int with a float raises OverflowError deep inside helper calls.
def mean(values):
    return total(values) / len(values)

def total(values):
    acc = 0.0
    for v in values:
        acc += v
    return acc

print(mean([1, 2, 3, 4]))
print(mean([10 ** 300, 10 ** 300]))
print(mean([1.5, 10 ** 400]))
