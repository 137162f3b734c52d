# Exceptions raised in awaited coroutines propagate through await and can be caught at any level.
import asyncio

async def parse(text):
    await asyncio.sleep(0)
    return int(text)

async def load(values):
    out = []
    for v in values:
        out.append(await parse(v))
    return out

async def safe_load(values):
    try:
        return await load(values)
    except ValueError as e:
        print("safe_load caught:", e)
        return []
    finally:
        print("safe_load finally")

async def main():
    print(await safe_load(["1", "2"]))
    print(await safe_load(["3", "x"]))
    try:
        await load(["oops"])
    except ValueError as e:
        print("main caught:", type(e).__name__, e)
    task = asyncio.create_task(parse("bad"))
    try:
        await task
    except ValueError as e:
        print("task error:", e, task.done(), type(task.exception()).__name__)

asyncio.run(main())
