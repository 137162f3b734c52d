# Errors collected by gather(return_exceptions=True) can be re-raised after asyncio.run, escaping uncaught.
import asyncio

async def fetch(url):
    await asyncio.sleep(0)
    if not url.startswith("https://"):
        raise ConnectionError(f"insecure url: {url}")
    return len(url)

async def fetch_all(urls):
    return await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)

def first_error(results):
    for r in results:
        if isinstance(r, Exception):
            return r
    return None

def check(results):
    err = first_error(results)
    if err is not None:
        raise err
    return results

print(check(asyncio.run(fetch_all(["https://a.io", "https://bb.io"]))))
print(asyncio.run(fetch_all(["https://a.io", "http://b.io"])))
check(asyncio.run(fetch_all(["http://x.io"])))
