# Async generators support anext(), asend(), athrow() and aclose() with finally cleanup.
import asyncio

async def averager():
    total = count = 0
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except ValueError as e:
                print("  ignored bad value:", e)
                continue
            total += value
            count += 1
            avg = total / count
    finally:
        print("  averager cleanup")

async def main():
    gen = averager()
    print(await anext(gen))
    print(await gen.asend(10))
    print(await gen.asend(20))
    print(await gen.athrow(ValueError("nan")))
    print(await gen.asend(60))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    empty = averager()
    print(await anext(empty), await empty.asend(4), await empty.asend(8))
    await empty.aclose()
    async def nothing():
        return
        yield
    print(await anext(nothing(), "default value"))

asyncio.run(main())
