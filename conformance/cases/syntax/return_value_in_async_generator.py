# A return with a value inside an async generator is a SyntaxError at compile time.
import asyncio

async def numbers(limit):
    for i in range(limit):
        yield i
    return limit

async def main():
    async for n in numbers(3):
        print(n)

asyncio.run(main())
