# create_task schedules coroutines that only start running when the creating coroutine yields control.
import asyncio

log = []

async def job(name):
    log.append(f"start {name}")
    await asyncio.sleep(0)
    log.append(f"end {name}")
    return name.upper()

async def main():
    task = asyncio.create_task(job("bg"))
    log.append("task created")
    log.append(f"done? {task.done()}")
    direct = await job("direct")
    log.append(f"direct returned {direct}")
    log.append(f"bg result {await task}")
    log.append(f"done? {task.done()}")
    tasks = [asyncio.create_task(job(n)) for n in "xyz"]
    for t in tasks:
        await t
    log.append(str([t.result() for t in tasks]))

asyncio.run(main())
for line in log:
    print(line)
