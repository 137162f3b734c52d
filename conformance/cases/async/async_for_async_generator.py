# async for iterates an async generator that awaits between yields, and the loop can break early.
import asyncio

async def ticker(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        print("  tick", i)
        yield i

async def paginate(pages):
    for number, page in enumerate(pages, 1):
        await asyncio.sleep(0)
        yield number, page

async def main():
    total = 0
    async for value in ticker(3):
        total += value
    print("total", total)
    async for value in ticker(10):
        if value == 2:
            print("breaking")
            break
    async for number, page in paginate([["a", "b"], [], ["c"]]):
        print("page", number, page)
    gen = ticker(1)
    print(type(gen).__name__, hasattr(gen, "__anext__"), hasattr(gen, "__next__"))
    async for _ in gen:
        pass
    try:
        for x in ticker(2):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
