# When no case matches, the match statement does nothing and execution continues; no error is raised.
def label(x):
    result = "unset"
    match x:
        case 1:
            result = "one"
        case [_, _]:
            result = "pair"
    return result

print(label(1), label([1, 2]), label(3), label([1, 2, 3]))
matched = False
match {"k": 1}:
    case {"other": _}:
        matched = True
print("matched:", matched)
def no_return(x):
    match x:
        case "a":
            return "A"
print(no_return("a"), no_return("b"))
count = 0
for item in [1, "x", 2.0, None, (1,)]:
    match item:
        case int() | float():
            count += 1
print("numbers:", count)
match None:
    case 0 | False | "":
        print("unexpected")
print("end")
