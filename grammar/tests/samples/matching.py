match x:
    case 1:
        pass
# ---
match x:
    case 1 | 2 | 3:
        pass
    case "a" | "b":
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case b"bytes":
        pass
# ---
match x:
    case None:
        pass
    case True:
        pass
    case False:
        pass
# ---
match x:
    case y:
        pass
    case _:
        pass
# ---
match x:
    case a.b:
        pass
    case a.b.c:
        pass
# ---
match x:
    case [a, b, *rest]:
        pass
    case (a, b, *_):
        pass
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case (a):
        pass
# ---
match x:
    case a, b:
        pass
    case a, *b:
        pass
    case *a, b:
        pass
# ---
match x:
    case {"a": 1, "b": c}:
        pass
    case {1: _, **rest}:
        pass
    case {}:
        pass
    case {a.b: c}:
        pass
    case {None: x, True: y}:
        pass
    case {-1: x}:
        pass
# ---
match x:
    case Point(x=0, y=0):
        pass
    case Point(a, b, c=d):
        pass
    case Point():
        pass
    case a.B(c):
        pass
# ---
match x:
    case [1, 2] as y:
        pass
    case (1 | 2) as z:
        pass
    case int() | str() as w:
        pass
# ---
match x:
    case y if y > 0:
        pass
    case _ if (z := y):
        pass
# ---
match a, b:
    case 1, 2:
        pass
# ---
match a, *b:
    case _:
        pass
# ---
match (a, b):
    case (1, 2):
        pass
# ---
match x,:
    case _:
        pass
# ---
match f(x):
    case [Point(x=0, y=0) | Point(x=1, y=1), *_]:
        pass
# ---
match x:
    case "a" "b":
        pass
# ---
match x:
    case f"{x}":
        pass
# ---
match match:
    case case:
        pass
# ---
match x:
    case [*_]:
        pass
    case [*a]:
        pass
# ---
match -x:
    case 0:
        pass
# ---
match x:
    case 0 | -0 | 1_000:
        pass
# ---
match {}:
    case {"k": [1, {"n": (a, b)}]}:
        pass
# ---
match x:
    case a.b(c=[d, e]):
        pass
