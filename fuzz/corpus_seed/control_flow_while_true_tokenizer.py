# A while True loop with break drives a hand-written tokenizer over an arithmetic string.
def tokenize(src):
    tokens = []
    i = 0
    while True:
        if i >= len(src):
            break
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("NUM", src[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif ch in "+-*/()":
            tokens.append(("OP", ch))
            i += 1
        else:
            tokens.append(("ERR", ch))
            i += 1
    return tokens

for line in ["3 + 4.5*(x_1 - 2)", "  ", "a$b", "max(10,2)"]:
    print(repr(line), tokenize(line))
