# A mutable default is shared across calls; the None-sentinel idiom gives a fresh object each time.
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))
print(append_bad.__defaults__)

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1), append_good(2))

def count_words(text, counts={}):
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts

print(count_words("a b a"))
print(count_words("b c"))
r1 = append_bad(5)
r2 = append_bad(6)
print(r1 is r2, r1)
