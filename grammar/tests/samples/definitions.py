def f(): pass
# ---
def f(a, b): return a + b
# ---
def f(a, b=1, *args, c, d=2, **kwargs): pass
# ---
def f(a, /, b, *, c): pass
# ---
def f(a, b=1, /, c=2, *, d, e=3): pass
# ---
def f(*, a): pass
# ---
def f(*args): pass
# ---
def f(**kwargs): pass
# ---
def f(a: int, b: str = "x", *args: int, c: bool, **kw: dict) -> None: pass
# ---
def f(*args: *Ts): pass
# ---
def f(a,): pass
# ---
def f(a, *, b,): pass
# ---
def f(a=1, /, b=2): pass
# ---
def f(a, /): pass
# ---
def f(a, /, *, b): pass
# ---
async def f():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
# ---
async def f():
    return [x async for x in y]
# ---
async def f():
    async for a in b:
        pass
    else:
        pass
# ---
@decorator
def f(): pass
# ---
@a.b.c
@d(e)
@f[g]
@(lambda x: x)
@h := i
def f(): pass
# ---
@decorator
class C: pass
# ---
@decorator
async def f(): pass
# ---
class C: pass
# ---
class C(): pass
# ---
class C(A, B): pass
# ---
class C(A, metaclass=M, **kw): pass
# ---
class C(*bases): pass
# ---
class C:
    """Docstring."""
    x: int = 0
    def method(self):
        return self.x
# ---
def f():
    """Doc."""
    yield 1
    yield
    yield from g()
    x = yield
# ---
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
# ---
def f[T](x: T) -> T: return x
# ---
def f[T: int, *Ts, **P](): pass
# ---
def f[T: (int, str)](): pass
# ---
class C[T]: pass
# ---
class C[T = int, *Ts = *tuple[int], **P = [int]]: pass
# ---
class C[T: int = bool](Base[T]): pass
# ---
type X[T] = list[T]
# ---
type X[T,] = T
# ---
type X[*Ts] = tuple[*Ts]
# ---
type X[**P] = Callable[P, int]
# ---
def f(a, b, /, c, d, *e, f, g, **h): pass
# ---
lambda: (yield)
# ---
def f(): return lambda x: lambda y: x + y
# ---
class A(B, C, D,): pass
# ---
def f(a=(1, 2), b=[3], c={4: 5}): pass
# ---
def f(
    a,
    b,
): pass
# ---
def f() -> list[int]: ...
# ---
class C(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self): ...
    @property
    def g(self): return 1
    @g.setter
    def g(self, v): pass
