# close() raises GeneratorExit at the paused yield, running finally blocks; a closed generator is exhausted.
def resource():
    print("open")
    try:
        yield "line1"
        yield "line2"
        yield "line3"
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("closed resource")

g = resource()
print(next(g))
print(g.close())
print(next(g, "no more"))
g.close()
print("second close is a no-op")

g2 = resource()
g2.close()
print("closing an unstarted generator ran nothing")
print(list(g2))

g3 = resource()
print(list(g3))
g3.close()
