# Three exceptions raised while handling each other print as three chained traceback sections.
def fetch(cache, key):
    try:
        return cache[key]
    except KeyError:
        try:
            return int(key)
        except ValueError:
            return cache["fallback"] + key

def main():
    cache = {"a": "alpha", "fallback": None}
    print(fetch(cache, "a"))
    print(fetch(cache, "12"))
    print(fetch(cache, "zz"))

main()
