# partition/rpartition with missing, repeated and Unicode separators, and their argument errors.
print("a=b=c".partition("="), "a=b=c".rpartition("="), "=lead".partition("="), "trail=".rpartition("="))
print("no sep".partition("::"), "no sep".rpartition("::"), "x→y→z".rpartition("→"), "".partition("a"))
url = "https://example.com:8080/path?q=1"
scheme, _, rest = url.partition("://")
host_port, _, path = rest.partition("/")
host, _, port = host_port.rpartition(":")
print(scheme, host, port, "/" + path)
for call in [lambda: "abc".partition(""), lambda: "abc".rpartition(""), lambda: "abc".partition(None), lambda: "abc".partition(b"b")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
