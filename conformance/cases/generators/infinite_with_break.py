# Infinite generators are safe when the consumer breaks out of the loop.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for n in naturals():
    if n * n > 50:
        print("first square over 50 from", n)
        break

fibs = []
for f in fibonacci():
    if f > 100:
        break
    fibs.append(f)
print(fibs)

gen = naturals(10)
print([next(gen) for _ in range(3)])
print(next(gen))
print(next(x for x in fibonacci() if x % 7 == 0 and x > 0))
