# Bases whose orders cannot be merged consistently raise TypeError when the class is created.
class A: pass
class B(A): pass

try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

class Fine(B, A): pass
print([c.__name__ for c in Fine.__mro__])
