# Raising and catching exceptions in loops, try/finally and custom exception classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def check(i):
    if i % 4 == 0:
        raise AppError(i)
    if i % 4 == 1:
        raise KeyError(i)
    return i


caught = 0
codes = 0
finals = 0
for i in range(450_000):
    try:
        check(i)
    except AppError as e:
        codes += e.code
    except KeyError:
        caught += 1
    finally:
        finals += 1
print(caught, codes, finals)
d = {}
misses = 0
for i in range(600_000):
    try:
        d[i % 100]
    except KeyError:
        misses += 1
        d[i % 100] = i
print(misses, len(d))
