# An if statement followed by an unindented line raises "expected an indented block after 'if' statement on line N".
def check(value):
    print("checking", value)
    if value > 10:
    print("big")
    return value

print("start")
check(20)
