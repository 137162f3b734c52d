# A class with __aiter__/__anext__ raising StopAsyncIteration works with async for and async comprehensions.
import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current -= 1
        return self.current + 1

class Rows:
    def __init__(self, rows):
        self.rows = rows

    async def __aiter__(self):
        for row in self.rows:
            yield dict(zip(("id", "name"), row))

async def main():
    async for n in Countdown(3):
        print("count", n)
    print([n async for n in Countdown(4)])
    async for row in Rows([(1, "ann"), (2, "bo")]):
        print(row)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    c = Countdown(1)
    print(await anext(c), await anext(c, "finished"))

asyncio.run(main())
