# asyncio.gather returns results in argument order even when the coroutines finish in a different order.
import asyncio

async def worker(name, steps):
    for i in range(steps):
        await asyncio.sleep(0)
    print("finished", name, "after", steps, "steps")
    return f"{name}:{steps}"

async def main():
    results = await asyncio.gather(worker("slow", 3), worker("fast", 0), worker("mid", 1))
    print(results)
    empty = await asyncio.gather()
    print(empty)
    squares = await asyncio.gather(*(square(n) for n in range(5)))
    print(squares, type(squares).__name__)

async def square(n):
    await asyncio.sleep(0)
    return n * n

asyncio.run(main())
