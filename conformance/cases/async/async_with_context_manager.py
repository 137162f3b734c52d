# async with calls __aenter__ and __aexit__, passes exception details, and can suppress errors.
import asyncio

class Connection:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("connect", self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("disconnect", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
    async def query(self, sql):
        await asyncio.sleep(0)
        if "DROP" in sql:
            raise PermissionError(f"refused: {sql}")
        return f"{self.name} ran {sql}"

async def main():
    async with Connection("db1") as conn:
        print(await conn.query("SELECT 1"))
    try:
        async with Connection("db2") as conn:
            await conn.query("DROP TABLE x")
    except PermissionError as e:
        print("caught", e)
    async with Connection("db3", suppress=True) as conn:
        await conn.query("DROP TABLE y")
    print("after suppressed error")
    async with Connection("a") as a, Connection("b") as b:
        print("using", a.name, b.name)
    try:
        with Connection("sync"):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
