# Async comprehensions support async for and await inside list, set, dict comprehensions and conditions.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def is_even(x):
    return x % 2 == 0

async def main():
    print([x async for x in numbers(5)])
    print([x * x async for x in numbers(6) if x % 2])
    print({x % 3 async for x in numbers(10)})
    print({x: await double(x) async for x in numbers(3)})
    print([await double(x) for x in range(4)])
    print([x async for x in numbers(8) if await is_even(x)])
    print([(a, b) async for a in numbers(2) for b in range(2)])
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__, [v async for v in gen])

asyncio.run(main())
