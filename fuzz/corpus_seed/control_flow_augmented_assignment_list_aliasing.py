# += on a list mutates it in place (visible through aliases) while + builds a new list; tuples rebind.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0]
c += (1, 2)
c += "xy"
c += range(2)
print(c)
try:
    c = c + (9,)
except TypeError as e:
    print("TypeError", e)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
m = [[0]] * 2
m[0] += [1]
print(m)
s = {1, 2}
alias = s
s |= {3}
s -= {1}
print(sorted(s), alias is s)
d = {"a": 1}
d |= {"b": 2}
print(d)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(tup)
