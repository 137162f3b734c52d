# Building and mutating a 2D grid: aliased rows versus independent rows, transposition and row copying.
def make_grid(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]
def show(grid):
    for row in grid:
        print(" ".join(str(v) for v in row))
g = make_grid(3, 4)
g[1][2] = 7
g[0][0] = 1
show(g)
bad = [[0] * 4] * 3
bad[1][2] = 7
show(bad)
print(bad[0] is bad[1] is bad[2], g[0] is g[1], g[1] is g[2])
transposed = [list(col) for col in zip(*g)]
print(transposed)
row = g[1]
row.append("x")
print(g[1], len(g[0]))
snapshot = [r[:] for r in g]
g[2][0] = "changed"
print(snapshot[2][0], g[2][0])
board = [["."] * 3 for _ in range(3)]
for i in range(3):
    board[i][i] = "X"
    board[i][2 - i] = "O" if board[i][2 - i] == "." else "*"
print(["".join(r) for r in board])
outer = [[]] * 2
outer[0] += [1]
print(outer)
