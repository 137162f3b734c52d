# Capture patterns bind the subject to a name (which stays bound after the match); _ matches without binding.
def show(x):
    match x:
        case 0:
            return "literal zero"
        case value:
            return f"captured {value!r}"

print(show(0), show(42), show("s"), show(None))
match [1, 2, 3]:
    case whole:
        print("whole =", whole)
print("still bound:", whole)
_ = "underscore variable"
match 99:
    case _:
        print("wildcard matched; _ is still", repr(_))
match (1, 2):
    case (first, _):
        print("first =", first)
match "text":
    case "other":
        print("no")
    case x if False:
        print("guard false")
    case y:
        print("y =", y, "| x bound by failed guard:", x)
