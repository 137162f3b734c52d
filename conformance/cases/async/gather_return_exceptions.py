# gather(return_exceptions=True) returns exception objects in place of results instead of raising.
import asyncio

async def divide(a, b):
    await asyncio.sleep(0)
    return a / b

async def lookup(key):
    await asyncio.sleep(0)
    return {"x": 1}[key]

async def main():
    results = await asyncio.gather(divide(6, 3), divide(1, 0), lookup("x"), lookup("y"),
                                   return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("ok:", r)
    ok = [r for r in results if not isinstance(r, BaseException)]
    print(ok, len(results))
    try:
        await asyncio.gather(divide(1, 1), lookup("missing"))
    except KeyError as e:
        print("without return_exceptions:", type(e).__name__, e)

asyncio.run(main())
