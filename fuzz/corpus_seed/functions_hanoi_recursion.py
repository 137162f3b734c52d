# Towers of Hanoi and a recursive flood fill demonstrate recursion with explicit state.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves

for disc, a, b in hanoi(3, "A", "C", "B", []):
    print(f"move disc {disc} {a}->{b}")
print(len(hanoi(10, "A", "C", "B", [])))

grid = [list(row) for row in ["..#..", ".##..", "#...#", "..#.."]]

def fill(r, c, mark):
    if r < 0 or c < 0 or r >= len(grid) or c >= len(grid[0]):
        return 0
    if grid[r][c] != ".":
        return 0
    grid[r][c] = mark
    return 1 + fill(r + 1, c, mark) + fill(r - 1, c, mark) + fill(r, c + 1, mark) + fill(r, c - 1, mark)

print(fill(0, 0, "a"), fill(0, 3, "b"), fill(3, 4, "c"), fill(0, 2, "z"))
for row in grid:
    print("".join(row))
