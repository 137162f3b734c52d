# list.clear, copy and reverse affect aliases differently; reverse works in place and returns None.
a = [3, 1, 2]
alias = a
dup = a.copy()
print(a.reverse(), a, alias, dup)
a.clear()
print(a, alias, dup, a is alias)
b = [[1], [2]]
c = b.copy()
c[0].append(99)
c.append([3])
print(b, c)
b = b[::-1]
print(b, c)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
y += [5]
print(x, y)
z = list(reversed(y))
print(z, y)
