x
# ---
a + b * c - d / e // f % g @ h
# ---
a ** b ** c
# ---
-a ** -b
# ---
not a and b or not c
# ---
a or b or c and d and e
# ---
a < b <= c > d >= e == f != g
# ---
a is b is not c in d not in e
# ---
~a + -b - +c
# ---
a << b >> c & d ^ e | f
# ---
(a + b) * (c - d)
# ---
a if b else c if d else e
# ---
lambda: 0
# ---
lambda x, y=1, *args, z, w=2, **kw: x
# ---
lambda a, /, b, *, c: a
# ---
lambda *a, **k: (a, k)
# ---
f(a)(b)(c)
# ---
a.b.c.d
# ---
a[0][1:2][::3][1:2:3, ...]
# ---
a[:, 1:, :2, ::]
# ---
x[a:b, c]
# ---
f(a, b, *c, d=1, **e)
# ---
f(*a, *b, **c, **d)
# ---
f(a for a in b)
# ---
f(x=1, *y)
# ---
(x := 10)
# ---
[y := f(x), y**2]
# ---
if (n := len(a)) > 10: pass
# ---
await x
# ---
(yield)
# ---
(yield x)
# ---
(yield from g)
# ---
x = yield a, b
# ---
*a, b = c
# ---
print(*args)
# ---
a[b, c] = d
# ---
a.b = a[b] = c
# ---
del a, b[c], d.e
# ---
del (a, b), [c]
# ---
x = ()
# ---
x = (1,)
# ---
x = 1,
# ---
x = [1, 2, *a]
# ---
x = {1, 2, *a}
# ---
x = {}
# ---
x = {1: 2, **a, 3: 4}
# ---
x = {**a}
# ---
x = ...
# ---
x = None, True, False
# ---
x[1:2, ...] = y
# ---
a = b = c = d
# ---
a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6
# ---
a **= 1; b @= 2; c &= 3; d |= 4; e ^= 5; f <<= 6; g >>= 7
# ---
a.b += 1
# ---
a[0] -= 1
# ---
x: int
# ---
x: int = 5
# ---
(x): int = 5
# ---
a.b: str
# ---
a[0]: list[int] = []
# ---
x: tuple[int, ...] = (yield)
# ---
f(a)[b].c(d)
# ---
a.b(c).d[e]
# ---
not not not x
# ---
- - - x
# ---
-1
# ---
+1.5
# ---
~0
# ---
a if b else (lambda: c)
# ---
(a, *b, c)
# ---
[*a, *b]
# ---
x = a if b else c
# ---
f(**{'a': 1})
# ---
a < b < c
# ---
a not in b
# ---
a is not None
# ---
(a for b in c)
# ---
x = *a, *b
# ---
f(a, b=c, *d, e=f, **g)
# ---
a @ b
# ---
a[b:c:d]
# ---
a[::]
# ---
a[:]
# ---
a[-1:]
# ---
print(a, end='')
# ---
x = lambda: (yield)
# ---
(lambda x: x)(1)
# ---
a and (b or c)
# ---
(a and b) or c
# ---
f(a = 1, *b, c = 2, **d)
# ---
functools.lru_cache(maxsize = 1 << 14)
