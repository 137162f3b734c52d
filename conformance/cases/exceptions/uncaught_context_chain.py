# An exception raised inside an except block is uncaught, so both tracebacks print with "During handling".
def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError:
        fallback = settings["defaults"]
        return fallback[name]

def configure(settings):
    port = read_setting(settings, "port")
    return f"listening on {port}"

print(configure({"port": 80}))
print(configure({"defaults": {"port": 8080}}))
print(configure({"host": "x"}))
