# Tasks that await asyncio.sleep(0) interleave in a deterministic round-robin order.
import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name

async def main():
    t1 = asyncio.create_task(worker("A", 3))
    t2 = asyncio.create_task(worker("B", 2))
    t3 = asyncio.create_task(worker("C", 1))
    print("tasks created, nothing ran yet")
    await asyncio.sleep(0)
    print("main resumed once")
    results = [await t1, await t2, await t3]
    print(results, t1.done(), t2.result())

asyncio.run(main())
