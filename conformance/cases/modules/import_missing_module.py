# Importing a module that does not exist raises ModuleNotFoundError, which escapes when not caught.
import math

try:
    import nosuchmod_caught
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import nosuchname
except ImportError as e:
    print(type(e).__name__, e.name, type(e) is ImportError)
print(issubclass(ModuleNotFoundError, ImportError), math.floor(2.5))

def load_plugin():
    import nosuchmod
    return nosuchmod

def start():
    print("loading plugin")
    return load_plugin()

start()
