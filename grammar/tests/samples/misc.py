# only a comment
# ---

# ---
x = 1  # trailing comment
# ---
if x:  # comment
    # comment line
    y  # more
# ---
x = (1 +
     2)
# ---
x = [
    1, 2,
    3, 4,
]
# ---
x = {
    'a': 1,
    'b': 2,
}
# ---
def f(
    a,  # first
    b,  # second
):
    pass
# ---
class A:

    x = 1


    def f(self):

        pass
# ---
if a:
    pass
elif b:
    pass
# ---
for i in range(10):
    if i:
        continue
    break
# ---
while 1:
    try:
        pass
    except Exception as e:
        raise ValueError("x") from e
# ---
x = a.b.c.d.e.f.g
# ---
x = a(b)(c)(d)[e][f]
# ---
x = not a == b
# ---
x = -a ** 2
# ---
x = (-a) ** 2
# ---
x = a ** -b ** c
# ---
x = await a ** b
# ---
x = 2 ** -1
# ---
x = a - -b
# ---
x = a + +b
# ---
x = [i for i in range(3)][0]
# ---
x = {1: 2}[1]
# ---
x = 'abc'[0]
# ---
x = (1, 2)[0]
# ---
x = a[...]
# ---
x = a[None]
# ---
x = a[1:2][3]
# ---
x = a if b else c or d
# ---
x = (a if b else c) or d
# ---
x = lambda: a if b else c
# ---
x = [a, b][c:d]
# ---
ŝ = 1
# ---
x = über + naïve
# ---
x = a.__class__.__name__
# ---
print("hello, world")
# ---
if True:
    x = 1; y = 2
# ---
if x: pass; pass
# ---
class C: x = 1; y = 2
# ---
def f(): return 1; pass
# ---
x = \
  1
# ---
if a and \
   b:
    pass
# ---
assert isinstance(x, int), f"bad {x!r}"
# ---
x = [*range(3)]
# ---
x = {*a, *b}
# ---
x = (*a,)
# ---
x = a[b:=c]
# ---
x = a[b:=c, d]
# ---
x = {a: (b := c)}
# ---
x = f(a := 1)
# ---
x = [y for y in z if (w := y)]
# ---
x = a[1:2, *b]
# ---
x = a[*b]
# ---
x = a[*b, c]
