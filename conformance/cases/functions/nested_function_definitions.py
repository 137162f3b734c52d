# def inside a function creates a new function object on each call, with a qualified name.
def make_validators():
    def is_int(s):
        return s.lstrip("-").isdigit()
    def is_word(s):
        return s.isalpha()
    return [is_int, is_word]

v1 = make_validators()
v2 = make_validators()
print([f.__qualname__ for f in v1])
print(v1[0] is v2[0], v1[0] == v2[0], v1[0].__code__ is v2[0].__code__)
for s in ["42", "-7", "abc", "a1"]:
    print(s, [f(s) for f in v1])

def outer(n):
    def helper(k):
        return k * n
    if n > 2:
        def helper(k):
            return -k
    return helper(10)
print(outer(2), outer(3))

def process(rows):
    def clean(v):
        return v.strip().lower()
    def valid(v):
        return bool(v) and not v.startswith("#")
    return [clean(r) for r in rows if valid(clean(r))]
print(process(["  Apple ", "#skip", "", "BANANA"]))
try:
    clean("x")
except NameError as e:
    print("NameError", e)
