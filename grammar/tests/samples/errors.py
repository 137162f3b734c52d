x = (1, 2
# ---
x = 1)
# ---
x = [1, 2)
# ---
x = 'abc
# ---
x = """abc
# ---
if x:
    a
  b
# ---
if x:
pass
# ---
    x = 1
# ---
def f()
    pass
# ---
class C
    pass
# ---
if x
    pass
# ---
while x
    pass
# ---
for x in y
    pass
# ---
1 = x
# ---
f() = 1
# ---
a + b = c
# ---
None = 1
# ---
x = 1abc
# ---
x = 0777
# ---
f(a=1, b)
# ---
f(**a, *b)
# ---
x = $
# ---
x = 1 +
# ---
def f():
return 1
# ---
for x in y:
pass
# ---
else:
    pass
# ---
x = €
# ---
x = 1 \ 2
# ---
f(x for x in y, 1)
# ---
lambda x, x: 1
# ---
def f(a=1, b): pass
# ---
def f(*): pass
# ---
del f()
# ---
del 1
# ---
(a, b) += 1
# ---
x: int, y: int = 1, 2
# ---
x = 0x
# ---
x = 1__0
# ---
print "hello"
# ---
import a from b
# ---
x = yield = 1
# ---
f'{}'
# ---
f'{x!z}'
# ---
b'é'
# ---
'a' b'b'
# ---
try:
    pass
# ---
x = [1, 2 3]
# ---
x = a b
# ---
with a as 1: pass
# ---
for 1 in x: pass
# ---
a, *b, *c = d
# ---
def f(a, /, /): pass
# ---
class C(x for x in y): pass
# ---
x = {1: 2, 3}
# ---
match x:
    case 1 + 1:
        pass
# ---
match x:
    case {**a, "b": 1}:
        pass
# ---
x = 1 if 2
# ---
x = (yield) = 1
# ---
nonlocal = 1
# ---
def f(): pass
  x = 1
# ---
if x:
	    pass
        pass
# ---
x = '\N{NOT A REAL NAME}'
# ---
x = '\x1'
# ---
x = b'\x1'
# ---
x = 'a' 'b
# ---
x = f(a, b
y = 2
# ---
x = )
# ---
x = ]
# ---
(
# ---
x = [(])
# ---
x = (1,
     2,
     3]
# ---
True = 1
# ---
__debug__ = 1
# ---
x = a.1
# ---
a.b() = 1
# ---
[a, b()] = c
# ---
x + 1 += 1
# ---
f(x=1, x=2)
# ---
x = *a
# ---
print(*)
# ---
from x import
# ---
import
# ---
x = 1 = 2
# ---
def f(**a, b): pass
# ---
def f(**a, *b): pass
# ---
x = {**a: b}
# ---
lambda: yield
# ---
x = not
# ---
a = 1 if b else
# ---
@
def f(): pass
