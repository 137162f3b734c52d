# del removes a name binding; using the name afterwards raises NameError, and del of an unbound name fails too.
x = 10
y = x
del x
print(y)
try:
    print(x)
except NameError as e:
    print("NameError", e)
try:
    del x
except NameError as e:
    print("NameError", e)
a, b, c = 1, 2, 3
del a, b
print(c)
try:
    print(a + c)
except NameError as e:
    print("NameError", e)

def local_del():
    value = "temp"
    del value
    try:
        return value
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(local_del())
x = "rebound"
print(x)
for tmp in range(2):
    pass
del tmp
print("tmp" in dir())
