# A return inside finally replaces the try's return value and discards a pending exception.
def override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"
def override_except():
    try:
        raise KeyError("k")
    except KeyError:
        return "except"
    finally:
        return "finally wins over except"

def conditional(flag):
    try:
        return "try value"
    finally:
        if flag:
            return "overridden"
print(override(), "|", swallow(), "|", override_except())
print(conditional(False), "|", conditional(True))

def count():
    n = 0
    for i in range(5):
        try:
            n += 1
            return n
        finally:
            if i < 2:
                continue
    return "loop finished"
print(count())
