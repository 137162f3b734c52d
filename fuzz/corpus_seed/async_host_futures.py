import asyncio

async def w(i):
    await asyncio.sleep(i % 2)
    v = await aext(i)
    return v + ext(i)

async def main():
    t = asyncio.create_task(aext(9))
    r = await asyncio.gather(w(1), w(2), aext(3), return_exceptions=True)
    return r, await t

print(asyncio.run(main()))
