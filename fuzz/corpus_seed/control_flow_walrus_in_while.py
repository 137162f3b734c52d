# The walrus operator binds a value inside a while condition for chunked processing.
data = list(range(1, 12))
pos = 0

def next_chunk(size=4):
    global pos
    chunk = data[pos:pos + size]
    pos += size
    return chunk

while chunk := next_chunk():
    print("chunk", chunk, "sum", sum(chunk))
print("final chunk", chunk)

tokens = "let x = 10 ; print x ;".split()
i = 0
statement = []
while (tok := tokens[i] if i < len(tokens) else None) is not None:
    i += 1
    if tok == ";":
        print("statement:", " ".join(statement))
        statement = []
    else:
        statement.append(tok)
print("tok after loop:", tok)

n = 27
steps = 0
while (n := n // 2 if n % 2 == 0 else 3 * n + 1) != 1:
    steps += 1
print("collatz steps", steps + 1, "n", n)
