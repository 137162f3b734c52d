# Malformed __match_args__ or a positional attribute that is missing/duplicated raise TypeError when matched.
class ListArgs:
    __match_args__ = ["a"]
    a = 1

class NonStr:
    __match_args__ = (1,)

class Dup:
    __match_args__ = ("a",)
    a = 1

class Missing:
    __match_args__ = ("nope",)

def attempt(subject, label):
    try:
        match subject:
            case ListArgs(x):
                return f"{label}: matched {x}"
            case NonStr(x):
                return f"{label}: matched {x}"
            case Dup(x, a=y):
                return f"{label}: matched {x} {y}"
            case Missing(x):
                return f"{label}: matched {x}"
    except TypeError as e:
        return f"{label}: {type(e).__name__} {e}"
    return f"{label}: no match"

for subj, label in [(ListArgs(), "list"), (NonStr(), "non-str"), (Dup(), "dup"), (Missing(), "missing"), (3, "int")]:
    print(attempt(subj, label))
match Missing():
    case Missing():
        print("zero positional sub-patterns never consult __match_args__")
