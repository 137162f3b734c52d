# Parameters before / are positional-only, so their names stay free for **kwargs.
def power(base, exp=2, /):
    return base ** exp

print(power(3), power(2, 10))

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)

attempt(power, base=3)
attempt(power, 3, exp=3)
attempt(power, base=2, exp=3)

def record(name, /, **extra):
    return name, extra

print(record("id", name="dup"))

def clamp(x, /, lo=0, hi=10):
    return max(lo, min(hi, x))

print(clamp(15), clamp(-3, lo=-5), clamp(5, hi=4))
attempt(clamp, x=3)
attempt(power)
print(len("abc"))
attempt(len, obj="abc")
attempt(divmod, a=7, b=2)
