# An if statement followed by an unindented line raises "expected an indented block after 'if' statement on line N".
# xfail: output differs from CPython at line 2 (got:   File "syntax/expected_indented_block.py", line 6, column 1)
def check(value):
    print("checking", value)
    if value > 10:
    print("big")
    return value

print("start")
check(20)
