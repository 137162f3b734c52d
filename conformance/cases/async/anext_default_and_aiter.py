# anext() with a default and aiter() over a class-based async iterator whose __anext__ awaits.
import asyncio
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    c = Counter(2)
    print(await anext(c, 'd'), await anext(c, 'd'), await anext(c, 'd'))
    print([x async for x in Counter(3)])
    try:
        await anext(Counter(0))
    except StopAsyncIteration:
        print("stop")
    print(await anext(aiter(Counter(1))))
    try:
        aiter(1)
    except TypeError as e:
        print(e)
asyncio.run(main())
