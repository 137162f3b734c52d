# A positional argument after a keyword argument in a call is a compile-time SyntaxError.
# xfail: output differs from CPython at line 2 (got:   File "syntax/positional_after_keyword.py", line 8, column 35)
def connect(host, port=80, timeout=5):
    return f"{host}:{port}/{timeout}"

print("start")
print(connect("localhost", port=8080))
print(connect(host="example.org", 443))
