import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abcdef"), random.randrange(0, 100, 7))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.getrandbits(70), random.uniform(1, 2))
r = random.Random(2**40 + 5)
print(r.random(), r.randrange(1000), r.sample(range(20), 3))
random.seed(0)
print(random.random())
print(random.sample(range(1000), 10), random.sample(range(100), 8), random.sample("abcdefgh", 8))
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randrange(0)
except ValueError as e:
    print(e)
for a in [(0,),(5,5),(5,1,2),(0,10,0),(10,0,1)]:
    try: random.randrange(*a)
    except ValueError as e: print(a, e)
