# Conditional expressions evaluate only the chosen branch and nest right to left.
def label(n):
    return "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"

print([label(n) for n in (-5, 0, 3, 10, 99)])

def boom():
    raise RuntimeError("should not run")

print("ok" if True else boom())
print(boom() if False else "skipped")
x = 4
y = (x * 2) if x % 2 == 0 else (x * 3 + 1)
print(y)
words = ["apple", "Bob", "cat", "Dog"]
print([w.upper() if w[0].islower() else w.lower() for w in words])
print(sum(1 if c.isdigit() else 0 for c in "a1b22c333"))
val = None
print((val if val is not None else "fallback"), (lambda v: "yes" if v else "no")([]))
print(1 if 0 else 2 if 0 else 3)
