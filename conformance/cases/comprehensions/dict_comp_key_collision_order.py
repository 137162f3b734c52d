# When a dict comprehension produces a key twice, the key keeps its first position but takes the last value.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = {w[0]: w for w in words}
print(by_letter)
print({len(w): w for w in words})
print({x % 3: x for x in range(10)})
print({k.lower(): v for k, v in [("A", 1), ("b", 2), ("a", 3), ("B", 4)]})
print({1: "int", 1.0: "float", True: "bool"}, {k: type(k).__name__ for k in [1, 1.0, True]})
latest = {}
events = [("svc1", "up"), ("svc2", "up"), ("svc1", "down")]
latest = {svc: state for svc, state in events}
print(latest, list(latest))
first_seen = {svc: state for svc, state in reversed(events)}
print(first_seen)
dedup = list({w.lower(): None for w in ["Tea", "tea", "Milk", "TEA", "milk"]})
print(dedup)
