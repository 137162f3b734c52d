# Tuple and list unpacking in assignments, including swaps, nesting, and strings.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = "hi"
print(p, q)
first, second, third = range(3)
print(first, second, third)
k, v = {"only": 1}.popitem()
print(k, v)
row = "2024-05-17,widget,3,4.50"
date, item, qty, price = row.split(",")
print(date, item, int(qty) * float(price))
(m,) = [42]
print(m)
n, = (7,)
print(n)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
a, (b, [c, d]) = 1, (2, [3, 4])
print(a, b, c, d)
