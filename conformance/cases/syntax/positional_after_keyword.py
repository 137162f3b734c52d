# A positional argument after a keyword argument in a call is a compile-time SyntaxError.
def connect(host, port=80, timeout=5):
    return f"{host}:{port}/{timeout}"

print("start")
print(connect("localhost", port=8080))
print(connect(host="example.org", 443))
