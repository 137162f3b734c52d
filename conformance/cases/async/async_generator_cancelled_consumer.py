# Cancelling a task stopped inside an async for runs the async generator's finally block.
import asyncio
async def slow(n):
    try:
        for i in range(n):
            await asyncio.sleep(1)
            yield i
    finally:
        print("slow cleanup")

async def consumer():
    async for v in slow(10):
        print("v", v)

async def main():
    t = asyncio.create_task(consumer())
    await asyncio.sleep(2.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")

