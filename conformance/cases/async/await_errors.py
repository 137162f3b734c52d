# Awaiting non-awaitables and passing non-coroutines to asyncio.run raise TypeError or ValueError.
import asyncio

class NotAwaitable:
    pass

class BadAwait:
    def __await__(self):
        return 42

async def main():
    for obj in (5, "text", NotAwaitable(), None):
        try:
            await obj
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        await BadAwait()
    except TypeError as e:
        print(type(e).__name__, e)
    return "main finished"

print(asyncio.run(main()))
for bad in (5, "main"):
    try:
        asyncio.run(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
