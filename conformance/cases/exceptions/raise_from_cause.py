# raise ... from sets __cause__ and __suppress_context__, while __context__ still records the handled error.
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e

try:
    load("ten")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress_context:", e.__suppress_context__)

try:
    raise RuntimeError("outer") from KeyError("explicit cause, not active")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)

try:
    raise RuntimeError("class cause") from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

try:
    raise RuntimeError("bad cause") from 5
except TypeError as e:
    print("TypeError", e)
ok = ValueError("plain")
print(ok.__cause__, ok.__context__, ok.__suppress_context__)
