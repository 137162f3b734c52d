# An asyncio.Queue connects a producer and consumers that interleave deterministically.
import asyncio

async def producer(queue, items):
    for item in items:
        await queue.put(item)
        print("produced", item)
    await queue.put(None)
    await queue.put(None)

async def consumer(name, queue, results):
    while True:
        item = await queue.get()
        if item is None:
            print(name, "stopping")
            return
        print(name, "consumed", item)
        results.append((name, item * 10))
        await asyncio.sleep(0)

async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(
        producer(queue, [1, 2, 3, 4, 5]),
        consumer("c1", queue, results),
        consumer("c2", queue, results),
    )
    print(sorted(results, key=lambda r: r[1]))
    print(queue.empty(), queue.qsize())

asyncio.run(main())
