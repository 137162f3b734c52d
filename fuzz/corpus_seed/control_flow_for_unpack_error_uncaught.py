# A malformed record makes for-target unpacking fail inside a helper, ending with an uncaught ValueError.
def parse(lines):
    out = []
    for key, value in (line.split("=") for line in lines):
        out.append((key.strip(), value.strip()))
    return out

def load(text):
    return dict(parse(text.splitlines()))

print(load("a = 1\nb = 2"))
print(load("host = example\nport = 80 = 81"))
