# Async generators: asend, athrow, aclose, reuse errors, ignored GeneratorExit, PEP 479 and cleanup at the end of asyncio.run.
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("sent", got)
            await asyncio.sleep(0.1)
    except ValueError as e:
        print("ticker caught", e)
        yield "recovered"
    finally:
        print("ticker cleanup")

async def main():
    g = ticker(5)
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("bad")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = ticker(3)
    print(await anext(g2))
    print(await g2.aclose())
    print(await g2.aclose())
    try:
        await anext(g2)
    except StopAsyncIteration:
        print("closed gen stops")
    aw = anext(ticker(2))
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def raiser():
        yield 1
        raise StopAsyncIteration
    r = raiser()
    await anext(r)
    try:
        await anext(r)
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)

    nested = [[y async for y in ticker(x)] for x in range(3)]
    print(nested)
    gen = (x * 2 async for x in ticker(3))
    print(type(gen).__name__, [v async for v in gen])
    print([v for v in range(3) if await asyncio.sleep(0, v % 2)])
    print({k: v async for k, v in pairs()})
    print(aiter(g) is g)

async def pairs():
    for i in range(2):
        yield i, str(i)

asyncio.run(main())

async def co():
    return 1
c = co()
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
c.close()
try:
    for x in pairs():
        pass
except TypeError as e:
    print(e)
