# Multiple inheritance uses the C3 linearization for __mro__, shown for diamonds and deeper hierarchies.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

def names(cls):
    return [c.__name__ for c in cls.__mro__]

print(names(D))

class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print(names(AA))
print(names(CC), names(BB))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print(names(Z), names(W))
print([c.__name__ for c in D.mro()])
print(names(bool), names(int))

class Base:
    def who(self): return "Base"
class Left(Base):
    def who(self): return "Left"
class Right(Base):
    def who(self): return "Right"
class Child(Right, Left): pass
print(Child().who(), names(Child))
