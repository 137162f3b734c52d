# Async generator expressions, nested async comprehensions and awaits in comprehension conditions.
import asyncio

async def evens(limit):
    for i in range(0, limit, 2):
        await asyncio.sleep(0)
        yield i

async def is_small(x):
    await asyncio.sleep(0)
    return x < 5

async def main():
    doubled = (x * 2 async for x in evens(8))
    print(type(doubled).__name__)
    print([v async for v in doubled])
    print([[y async for y in evens(x)] for x in range(5)])
    print({x: [y * x for y in range(x)] async for x in evens(6)})
    print({x async for x in evens(10) if await is_small(x)})
    print([await is_small(x) for x in range(3, 7)])
    pairs = [(a, b) async for a in evens(4) for b in "xy"]
    print(pairs)
    gen = (await is_small(x) for x in range(4, 6))
    print([v async for v in gen])

asyncio.run(main())
