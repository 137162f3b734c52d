# Function factories return specialised closures: multipliers, formatters and validators.
def multiplier(n):
    def multiply(x):
        return x * n
    multiply.__name__ = f"times_{n}"
    return multiply

double, triple = multiplier(2), multiplier(3)
print(double(21), triple("ab"), double.__name__, triple.__name__)

def formatter(width, fill=" ", align="<"):
    def fmt(value):
        return format(str(value), f"{fill}{align}{width}")
    return fmt

left = formatter(6, ".")
right = formatter(6, "*", ">")
print("[" + left("ab") + "]", "[" + right(42) + "]")

def range_validator(lo, hi):
    def check(v):
        if not lo <= v <= hi:
            raise ValueError(f"{v} not in [{lo}, {hi}]")
        return v
    return check

percent = range_validator(0, 100)
for v in [0, 55, 101, -1]:
    try:
        print("ok", percent(v))
    except ValueError as e:
        print("ValueError", e)
pipeline = [multiplier(k) for k in range(1, 4)]
print([f(10) for f in pipeline])
