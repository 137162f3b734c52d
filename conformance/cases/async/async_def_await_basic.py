# async def functions return coroutines that run when awaited, and asyncio.run returns the final result.
import asyncio

async def fetch_price(item):
    print("fetching", item)
    await asyncio.sleep(0)
    return {"apple": 3, "pear": 5}.get(item, 0)

async def total(items):
    result = 0
    for item in items:
        price = await fetch_price(item)
        print("  price of", item, "is", price)
        result += price
    return result

async def main():
    t = await total(["apple", "pear", "kiwi"])
    print("total", t)
    return t * 2

print("before run")
value = asyncio.run(main())
print("run returned", value)
coro = fetch_price("apple")
print(type(coro).__name__, asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(fetch_price))
print(asyncio.run(coro))
print(asyncio.iscoroutinefunction(print))
