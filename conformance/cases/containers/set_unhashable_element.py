# Adding unhashable values to a set raises TypeError; deduplicating records requires converting to tuples.
def unique_rows(rows):
    return set(rows)

def dedupe(rows):
    return sorted(unique_rows(rows))

print(dedupe([(1, 2), (1, 2), (0, 5)]))
print(dedupe([tuple(r) for r in [[3, 4], [3, 4], [1, 1]]]))
try:
    {1, [2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([{}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} | {frozenset({2})} | {(3, [4])}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.discard({2})
except TypeError as e:
    print(type(e).__name__, e)
print({2} in {frozenset({2})}, {1}.discard(frozenset()))
dedupe([[1, 2], [1, 2]])
