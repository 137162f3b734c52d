# An exception in the consumer leaves the generator suspended until it is closed explicitly.
def numbers():
    try:
        for i in range(5):
            print("yield", i)
            yield i
    finally:
        print("generator finally")

g = numbers()
try:
    for n in g:
        if n == 2:
            raise ValueError(f"bad item {n}")
except ValueError as e:
    print("consumer caught:", e)
print("generator still suspended, next gives", next(g))
g.close()
print("closed")

def transactional():
    try:
        yield "begin"
        yield "work"
    except GeneratorExit:
        print("rollback")
        raise
    else:
        print("commit")

t = transactional()
print(next(t))
t.close()
print(list(transactional()))
