# The f-string `=` specifier keeps the expression text and whitespace and defaults to repr.
x, name, items = 42, "Ada", [1, 2]
print(f"{x=}", f"{name=}", f"{items=}", f"{x = }", f"{x=  }", f"{ x =}")
print(f"{x * 2 + 1=}", f"{name.upper()=}", f"{len(items)=}", f"{items[-1]=}")
print(f"{name=!s}", f"{name=!a}", f"{'é'=}", f"{name=:>6}", f"{x=:08.2f}", f"[{x=!r:^8}]")
print(f"{3.0=}", f"{None=}", f"{1/3=:.3}", f"{x>40=}", f"{x!r:>5}")
class P:
    def __repr__(self):
        return "P()"
    def __format__(self, spec):
        return f"P[{spec}]"
print(f"{P()=}", f"{P()=:wide}", f"{P()=!s}")
