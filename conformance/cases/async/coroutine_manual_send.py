# Coroutines follow the generator protocol: send(None) runs them and StopIteration carries the result.
class Yield:
    def __await__(self):
        value = yield "suspended"
        return value

async def step(label):
    got = await Yield()
    print(label, "resumed with", got)
    return got * 2

async def pipeline():
    a = await step("first")
    b = await step("second")
    return a + b

coro = pipeline()
print(coro.send(None))
print(coro.send(5))
try:
    coro.send(7)
except StopIteration as e:
    print("result", e.value)

async def failing():
    await Yield()
    raise ValueError("failed after resume")

async def outer():
    return await failing()

c = outer()
print(c.send(None))
c.send("go")
