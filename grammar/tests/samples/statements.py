pass
# ---
break
# ---
continue
# ---
return
# ---
return x
# ---
return a, b
# ---
return *a, b
# ---
raise
# ---
raise E
# ---
raise E from e
# ---
raise E from None
# ---
global a, b
# ---
nonlocal x
# ---
assert x
# ---
assert x, "message"
# ---
import a
# ---
import a.b.c
# ---
import a as b, c.d as e
# ---
from a import b
# ---
from a.b import c as d, e
# ---
from . import a
# ---
from .. import b
# ---
from ...a import b
# ---
from .... import c
# ---
from .a.b import (c, d,)
# ---
from a import *
# ---
from ... import *
# ---
x = 1; y = 2;
# ---
a; b; c
# ---
if a:
    pass
# ---
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
# ---
if a: b
else: c
# ---
while x:
    x -= 1
else:
    done()
# ---
while True: break
# ---
for x in y:
    pass
# ---
for x, y in z:
    continue
else:
    pass
# ---
for (a, b), c in d: pass
# ---
for x in *a, *b: pass
# ---
for [a, *b] in c: pass
# ---
for x.y in z: pass
# ---
for x[0] in z: pass
# ---
try:
    a
except:
    b
# ---
try:
    a
except E:
    b
except (F, G) as e:
    c
else:
    d
finally:
    e
# ---
try:
    a
finally:
    b
# ---
try:
    a
except* E:
    b
except* (F, G) as e:
    c
# ---
try:
    pass
except* E:
    pass
else:
    pass
finally:
    pass
# ---
with a:
    pass
# ---
with a as b, c as d:
    pass
# ---
with (a as b, c as d):
    pass
# ---
with (a as b, c as d,):
    pass
# ---
with (a, b):
    pass
# ---
with (a):
    pass
# ---
with (yield):
    pass
# ---
with a as (b, c):
    pass
# ---
with a as b.c, d as e[0]:
    pass
# ---
with (
    open(a) as f,
    open(b) as g,
):
    pass
# ---
with (a, b) as c:
    pass
# ---
x = 1 \
    + 2
# ---
if a:
    if b:
        if c:
            pass
    x
y
# ---
if a:
	pass
# ---
def f():
    # comment

    pass

    # trailing
# ---
type X = int
# ---
type ListOrSet[T] = list[T] | set[T]
# ---
type = 1
# ---
type.x = 2
# ---
match = 1
# ---
case = 2
# ---
match.x = 3
# ---
print(match, case, type)
# ---
_ = 1
# ---
x = [
    1,
    2,  # comment
]
# ---
def f():
    return
# ---
del x
# ---
del x,
# ---
del (x)
# ---
del [x, y]
# ---
x = (
    # only comments
    1
)
# ---
a = b = (yield)
# ---
x = y = z = 0
# ---
(a) = 1
# ---
[a, b] = c
# ---
(a, b) = c
# ---
a, = b
# ---
[a, *b, c] = d
