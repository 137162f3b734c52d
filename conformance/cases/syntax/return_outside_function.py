# A return statement at module level is rejected with "'return' outside function".
def helper():
    return 1

print("start")
value = helper()
if value:
    return value
print("end")
