# Lambdas as key functions for sorted, min, max, and multi-field ordering.
people = [("ann", 31, "oslo"), ("bob", 25, "lima"), ("cy", 31, "baku"), ("dee", 19, "lima")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(min(people, key=lambda p: p[1])[0], max(people, key=lambda p: len(p[0]))[0])
words = ["banana", "Apple", "cherry", "apple", "Banana2"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
scores = {"math": 88, "art": 95, "bio": 88, "chem": 70}
print(sorted(scores, key=lambda k: scores[k]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
nums = [-5, 3, -1, 4, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n % 3))
records = [{"id": 3, "tags": ["x"]}, {"id": 1, "tags": []}, {"id": 2, "tags": ["y", "z"]}]
print([r["id"] for r in sorted(records, key=lambda r: len(r["tags"]))])
try:
    sorted(records, key=lambda r: r["missing"])
except KeyError as e:
    print("KeyError", e)
