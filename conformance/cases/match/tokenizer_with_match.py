# A character-level tokenizer uses match with guards and or-patterns to classify each character.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        match ch:
            case " " | "\t":
                i += 1
                continue
            case "+" | "-" | "*" | "/" | "(" | ")":
                tokens.append(("OP", ch))
            case c if c.isdigit():
                j = i
                while j < len(src) and src[j].isdigit():
                    j += 1
                tokens.append(("NUM", int(src[i:j])))
                i = j
                continue
            case c if c.isalpha() or c == "_":
                j = i
                while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                    j += 1
                tokens.append(("NAME", src[i:j]))
                i = j
                continue
            case other:
                raise ValueError(f"unexpected character {other!r} at {i}")
        i += 1
    return tokens

def count_kinds(src):
    counts = {}
    for kind, _ in tokenize(src):
        counts[kind] = counts.get(kind, 0) + 1
    return counts

print(tokenize("x1 + 42*(y_2 - 7)"))
print(count_kinds("a + b + 10"))
print(count_kinds("price * 2 $ 3"))
