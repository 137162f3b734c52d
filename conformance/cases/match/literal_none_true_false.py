# None, True and False patterns match by identity, so 1 and 0 do not match True/False while 1.0 matches 1.
def kind(x):
    match x:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case 0:
            return "zero"
        case _:
            return "other"

for v in [True, False, None, 1, 0, 1.0, 0.0, "", [], 1 == 1]:
    print(repr(v), "->", kind(v))

def ones(x):
    match x:
        case 1:
            return "equal to 1"
    return "no"
print(ones(True), ones(1.0), ones("1"))
