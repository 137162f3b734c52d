# Sorting incomparable types raises TypeError naming the operator and both types; the list may be left partially changed.
def try_sort(values):
    try:
        values.sort()
        print("sorted", values)
    except TypeError as e:
        print(type(e).__name__, e)

try_sort([3, "a", 1])
try_sort(["b", 2])
try_sort([None, 1])
try_sort([(1, "a"), (1, 2)])
try_sort([[1], (1,)])
try_sort([{"a": 1}, {"b": 2}])
try_sort([1.5, 1, True])
try_sort([complex(1, 2), 1j])
try_sort([])

def rank(rows):
    return sorted(rows, key=lambda r: r["score"])

def report(rows):
    return [r["name"] for r in rank(rows)]

print(report([{"name": "a", "score": 2}, {"name": "b", "score": 1}]))
report([{"name": "a", "score": 2}, {"name": "b", "score": None}])
