# Class attributes are shared until an instance assigns its own attribute of the same name, which shadows it.
class Config:
    debug = False
    retries = 3

a = Config()
b = Config()
print(a.debug, b.debug, Config.debug)
a.debug = True
print(a.debug, b.debug, Config.debug)
Config.retries = 5
print(a.retries, b.retries)
b.retries = 1
Config.retries = 9
print(a.retries, b.retries, Config.retries)
del b.retries
print(b.retries)
print("debug" in vars(a), "debug" in vars(b))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
try:
    del b.retries
except AttributeError as e:
    print(type(e).__name__, e)
Config.new_attr = "added later"
print(a.new_attr, b.new_attr)
