# Subclasses of builtin exceptions keep builtin behaviour: KeyError quoting and catching by builtin handlers.
class MissingSetting(KeyError):
    pass

class BadPort(ValueError):
    def __init__(self, port):
        super().__init__(f"port {port} out of range")
        self.port = port

settings = {"host": "localhost", "port": "99999"}

def get(name):
    if name not in settings:
        raise MissingSetting(name)
    return settings[name]

def port():
    p = int(get("port"))
    if not 0 < p < 65536:
        raise BadPort(p)
    return p

try:
    get("timeout")
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    port()
except ValueError as e:
    print(type(e).__name__, e, e.port)
settings["port"] = "eighty"
try:
    port()
except BadPort:
    print("never")
except ValueError as e:
    print("plain ValueError:", e)
print(str(MissingSetting("a", "b")), repr(str(MissingSetting())))
