# A retry decorator factory tracks attempts in closure state and gives up after a limit.
def retry(times, on=(ValueError,)):
    def decorator(fn):
        attempts = 0
        def wrapper(*args):
            nonlocal attempts
            for n in range(1, times + 1):
                attempts += 1
                try:
                    return fn(*args), n
                except on as e:
                    print(f"  attempt {n} failed: {e}")
            return None, times
        wrapper.total_attempts = lambda: attempts
        return wrapper
    return decorator

def flaky_source(fail_count):
    state = {"left": fail_count}
    @retry(3)
    def fetch(key):
        if state["left"] > 0:
            state["left"] -= 1
            raise ValueError(f"timeout fetching {key}")
        return key.upper()
    return fetch

fetch = flaky_source(2)
print(fetch("a"))
print(fetch("b"))
never = flaky_source(10)
print(never("c"), never.total_attempts(), fetch.total_attempts())
@retry(2, on=(KeyError,))
def lookup(d, k):
    return d[k]
print(lookup({"x": 1}, "x"), lookup({}, "y"))
