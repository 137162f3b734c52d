# Wrappers forward *args and **kwargs, adding or removing keywords before delegating.
def request(method, url, *, headers=None, timeout=30, retries=0):
    return f"{method} {url} headers={headers} timeout={timeout} retries={retries}"

def get(url, **kwargs):
    return request("GET", url, **kwargs)

def post(url, body, **kwargs):
    headers = dict(kwargs.pop("headers", None) or {})
    headers["Content-Length"] = str(len(body))
    return request("POST", url, headers=headers, **kwargs)

def with_defaults(fn, **defaults):
    def call(*args, **kwargs):
        return fn(*args, **{**defaults, **kwargs})
    return call

print(get("/a"))
print(get("/b", timeout=5))
print(post("/c", "hello", headers={"X": "1"}, retries=2))
fast_get = with_defaults(get, timeout=1, retries=3)
print(fast_get("/d"))
print(fast_get("/e", timeout=9))
try:
    get("/f", verbose=True)
except TypeError as e:
    print("TypeError", e)
try:
    post("/g", "x", headers=None, method="PUT")
except TypeError as e:
    print("TypeError", e)
print(get(url="/h", **{"retries": 1}))
