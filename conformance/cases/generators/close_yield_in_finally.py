# A generator that yields while handling GeneratorExit makes close() raise RuntimeError.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("refusing to stop")
        yield 2

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")

g = swallow()
next(g)
print(g.close())

def shut_down(gen):
    next(gen)
    gen.close()

def main():
    shut_down(stubborn())

main()
