# A conditional expression in the element position transforms every item, unlike a trailing if that filters.
nums = [1, 2, 3, 4, 5, 6]
print(["even" if n % 2 == 0 else "odd" for n in nums])
print([n if n > 3 else 0 for n in nums], [n for n in nums if n > 3])
print([n // 2 if n % 2 == 0 else n * 3 + 1 for n in nums if n != 4])
print(["fizzbuzz" if i % 15 == 0 else "fizz" if i % 3 == 0 else "buzz" if i % 5 == 0 else i for i in range(1, 16)])
scores = {"ann": 91, "bob": 68, "cy": 78}
print({name: ("A" if s >= 90 else "B" if s >= 75 else "C") for name, s in scores.items()})
raw = ["3", "", "x", "10", None]
print([int(v) if v and v.isdigit() else None for v in raw])
print({(n if n >= 0 else -n) for n in [-2, 2, -3, 1]})
print(sum(x if x > 0 else 0 for x in [5, -3, 2, -8]))
print([(lambda v: v * 2) if k else (lambda v: -v) for k in (1, 0)][1](7))
