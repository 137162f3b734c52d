# @contextmanager runs setup before the with body and teardown after it, even when the body raises.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("value:", t)
    with tag("span") as inner:
        print("nested body", inner)
try:
    with tag("p"):
        raise ValueError("body failed")
except ValueError as e:
    print("caught after teardown:", e)

@contextmanager
def handled():
    try:
        yield
    except KeyError as e:
        print("handled inside cm:", e)
with handled():
    {}["missing"]
print("continued after handled error")

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
