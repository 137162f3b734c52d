# pass is a no-op usable in every block position: functions, classes, loops, branches, handlers.
def todo():
    pass

class Empty:
    pass

print(todo(), Empty.__name__, type(Empty()).__name__)
count = 0
for i in range(5):
    pass
    count += 1
print(count, i)
x = 3
if x > 2:
    pass
else:
    print("unreachable")
try:
    int("oops")
except ValueError:
    pass
finally:
    pass
while False:
    pass
print("done")
def only_docstring():
    "docstring acts as a body too"
print(only_docstring())
