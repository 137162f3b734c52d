# itertools.count with a break, cycle limited by islice or zip, and repeat.
from itertools import count, cycle, repeat, islice

for i in count(10, 5):
    if i > 30:
        break
    print("count", i)
print(list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(), 3)), list(zip(count(1), "abc")))
print(list(islice(cycle("AB"), 5)))
print(list(zip(cycle([0, 1]), "wxyz")))
players = cycle(["alice", "bob", "cara"])
turns = [next(players) for _ in range(7)]
print(turns)
print(list(repeat("x", 3)), list(repeat(None, 0)))
print(list(map(pow, range(5), repeat(2))))
print(list(islice(cycle([]), 3)))
print(list(zip(range(3), repeat("same"))))
