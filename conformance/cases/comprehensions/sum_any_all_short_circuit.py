# any()/all() stop pulling from a generator expression at the first decisive item; sum() consumes everything.
def probe(tag, value):
    print(f"  probe {tag}={value}")
    return value
print("any:", any(probe("a", v) > 2 for v in [1, 3, 5, 7]))
print("all:", all(probe("b", v) > 0 for v in [4, -1, 6]))
print("sum:", sum(probe("c", v) for v in [1, 2, 3]))
print("any-empty:", any(probe("d", v) for v in []))
gen = (probe("e", v) for v in [0, 0, 9, 8])
print("any-partial:", any(gen), "remaining:", list(gen))
passwords = ["hunter2", "Secret99", "x"]
def strong(p):
    print(f"  checking {p!r}")
    return len(p) >= 8 and any(c.isdigit() for c in p) and any(c.isupper() for c in p)
print(any(strong(p) for p in passwords))
print(all(strong(p) for p in passwords))
print(max((probe("f", v) for v in [2, 9, 4]), default=None))
